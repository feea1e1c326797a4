package org.occtensor.cli.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.occtensor.cli.commands.Cli;
import org.occtensor.refine.api.PluginRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code occtensor} command inside Felix. bnd's launcher, which starts the cli feature's
 * runnable jar, calls the {@link Callable} service with {@code main.thread=true} on the main
 * thread once every bundle has started, and exits with the status it returns. This component
 * installs the plug-in folders of {@code --plugins}, then runs the command tree on the registry.
 * A plug-in that cannot be used is reported on standard error and left out; the command still
 * runs and its status is the exit status.
 */
@Component(service = Callable.class, property = "main.thread=true")
public final class CommandRunner implements Callable<Integer> {

    /** Service property under which bnd's launcher publishes the command-line arguments. */
    static final String LAUNCHER_ARGUMENTS = "launcher.arguments";

    /** Exit status for a bad command line, the same as the command tree uses. */
    static final int USER_ERROR = 2;

    private final BundleContext context;
    private final PluginRegistry registry;

    @Activate
    public CommandRunner(BundleContext context, @Reference PluginRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(System.err, true);
        LaunchArguments arguments;
        try {
            arguments = LaunchArguments.parse(launcherArguments());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USER_ERROR;
        }

        PluginInstaller installer = new PluginInstaller(context);
        for (Path dir : arguments.pluginDirs()) {
            try {
                List<String> problems = installer.installAll(dir);
                for (String problem : problems) {
                    err.println("warning: plug-in " + problem + "; left out");
                }
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return USER_ERROR;
            }
        }
        return Cli.execute(registry, arguments.commandLine());
    }

    /** Returns the arguments bnd's launcher was started with, or none outside that launcher. */
    private String[] launcherArguments() {
        try {
            ServiceReference<?>[] references =
                    context.getServiceReferences((String) null, "(" + LAUNCHER_ARGUMENTS + "=*)");
            if (references != null && references[0].getProperty(LAUNCHER_ARGUMENTS) instanceof String[] args) {
                return args;
            }
            return new String[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the launcher arguments filter is invalid", e);
        }
    }
}
