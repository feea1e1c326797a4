package org.occtensor.cli.commands;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

/** Creates command objects, handing the {@link CommandContext} to those whose constructor takes it. */
final class ContextFactory implements CommandLine.IFactory {

    private final CommandContext context;

    ContextFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == CommandContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(context));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
