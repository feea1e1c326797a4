package org.occtensor.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.refine.api.StrategyInfo;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the grouping strategies found at start-up. */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "Lists the grouping strategies found: name, bundle, version and description.")
final class StrategiesCommand implements Runnable {

    private final CommandContext context;

    @Option(names = "--json", description = "Print a JSON array of {name, bundle, version, description}.")
    boolean json;

    StrategiesCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<StrategyInfo> strategies = context.registry().strategies();
        if (json) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (StrategyInfo info : strategies) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("name", info.name());
                row.put("bundle", info.bundle());
                row.put("version", info.version());
                row.put("description", info.description());
                rows.add(row);
            }
            // Without HTML escaping, '=' in a description stays '=' instead of becoming \u003d.
            context.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(rows));
            return;
        }
        context.out().printf("%-12s %-40s %-22s %s%n", "NAME", "BUNDLE", "VERSION", "DESCRIPTION");
        for (StrategyInfo info : strategies) {
            context.out().printf("%-12s %-40s %-22s %s%n", info.name(), info.bundle(), info.version(),
                    info.description());
        }
    }
}
