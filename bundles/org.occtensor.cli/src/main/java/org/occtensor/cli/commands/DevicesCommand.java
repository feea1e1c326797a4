package org.occtensor.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.occtensor.opencl.api.OpenClDeviceInfo;
import org.occtensor.opencl.api.OpenClDevices;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists OpenCL platforms and devices and which one {@code --device auto} picks. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "Lists OpenCL devices (index, platform, vendor, name, type, memory, fp64) and the auto choice.")
final class DevicesCommand implements Runnable {

    private final CommandContext context;

    @Option(names = "--json", description = "Print a JSON array of devices.")
    boolean json;

    DevicesCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<OpenClDeviceInfo> devices = OpenClDevices.list();
        Optional<OpenClDeviceInfo> auto = OpenClDevices.autoChoice();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (OpenClDeviceInfo d : devices) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("index", d.index());
                row.put("platform", d.platform());
                row.put("vendor", d.vendor());
                row.put("name", d.name());
                row.put("type", d.type().name().toLowerCase(java.util.Locale.ROOT));
                row.put("memory_bytes", d.globalMemoryBytes());
                row.put("fp64", d.fp64());
                row.put("auto", auto.isPresent() && auto.get().index() == d.index());
                rows.add(row);
            }
            context.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(rows));
            return;
        }
        if (devices.isEmpty()) {
            context.out().println("no OpenCL device found: "
                    + OpenClDevices.unavailableReason().orElse("no platform reported a device")
                    + "; --device auto runs on the CPU backend");
            return;
        }
        context.out().printf("%-5s %-28s %-24s %-40s %-11s %10s %5s %s%n", "INDEX", "PLATFORM", "VENDOR", "NAME", "TYPE",
                "MEMORY MB", "FP64", "AUTO");
        for (OpenClDeviceInfo d : devices) {
            context.out().printf("%-5d %-28s %-24s %-40s %-11s %10d %5s %s%n", d.index(), d.platform(), d.vendor(),
                    d.name(), d.type(), d.globalMemoryBytes() >> 20, d.fp64() ? "yes" : "no",
                    auto.isPresent() && auto.get().index() == d.index() ? "<- auto" : "");
        }
    }
}
