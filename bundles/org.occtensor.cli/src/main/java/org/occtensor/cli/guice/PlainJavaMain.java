package org.occtensor.cli.guice;

import org.occtensor.cli.commands.Cli;
import org.occtensor.refine.api.PluginRegistry;

import com.google.inject.Guice;

/**
 * The {@code occtensor} command without OSGi: plug-ins come from the class path through
 * {@link OccTensorModule}, and the same command tree runs as inside Felix. {@code --plugins} is
 * an option of the Felix launcher only; here, put plug-in jars on the class path instead.
 */
public final class PlainJavaMain {

    private PlainJavaMain() {
    }

    public static void main(String[] args) {
        PluginRegistry registry = Guice.createInjector(new OccTensorModule()).getInstance(PluginRegistry.class);
        System.exit(Cli.execute(registry, args));
    }
}
