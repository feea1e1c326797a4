package org.occtensor.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.api.BinStatistics;
import org.occtensor.xray.api.ReflectionReport;
import org.occtensor.xray.api.XrayModel;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scores a model against data: R factors with bulk solvent and scaling, by resolution bin. */
@Command(name = "model-vs-data", mixinStandardHelpOptions = true,
        description = "Prints space group, cell, resolution, reflection counts, free-flag convention, k_sol, B_sol, "
                + "R-work, R-free and a table by resolution bin.")
final class ModelVsDataCommand implements Callable<Integer> {

    private final CommandContext context;

    @Mixin
    DataArguments input;

    @Mixin
    BackendArguments backend;

    @Option(names = "--json", description = "Print the results as a JSON object.")
    boolean json;

    ModelVsDataCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        DataArguments.Loaded loaded = input.load();
        XrayModel xray = XrayModel.create(loaded.atoms(), loaded.data(), backend.select(context.registry()).backend());
        xray.updateSolventAndScales(loaded.atoms().occupancies());
        Map<String, Object> result = result(xray, loaded.data().report());
        if (json) {
            context.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
                    .serializeSpecialFloatingPointValues().create().toJson(result));
        } else {
            print(xray, loaded.data().report());
        }
        return 0;
    }

    static Map<String, Object> result(XrayModel xray, ReflectionReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("space_group", xray.spaceGroup());
        UnitCell c = xray.cell();
        m.put("cell", List.of(c.a(), c.b(), c.c(), c.alpha(), c.beta(), c.gamma()));
        m.put("d_min", xray.dMin());
        m.put("d_max", xray.dMax());
        m.put("n_work", xray.nWork());
        m.put("n_free", xray.nFree());
        m.put("n_excluded", report.excludedTotal());
        m.put("amplitudes", report.amplitudeLabel());
        m.put("french_wilson", report.frenchWilson());
        m.put("free_flag_convention", report.freeConvention());
        m.put("k_sol", xray.kSol());
        m.put("b_sol", xray.bSol());
        m.put("r_work", xray.rWork());
        m.put("r_free", xray.rFree());
        List<Map<String, Object>> bins = new ArrayList<>();
        for (BinStatistics b : xray.binTable()) {
            Map<String, Object> bin = new LinkedHashMap<>();
            bin.put("d_max", b.dMax());
            bin.put("d_min", b.dMin());
            bin.put("n_work", b.nWork());
            bin.put("n_free", b.nFree());
            bin.put("completeness", b.completeness());
            bin.put("r_work", b.rWork());
            bin.put("r_free", b.rFree());
            bin.put("cc_work", b.ccWork());
            bin.put("cc_free", b.ccFree());
            bins.add(bin);
        }
        m.put("bins", bins);
        return m;
    }

    private void print(XrayModel xray, ReflectionReport report) {
        var out = context.out();
        UnitCell c = xray.cell();
        out.printf(Locale.ROOT, "space group  %s%n", xray.spaceGroup());
        out.printf(Locale.ROOT, "cell         %.3f %.3f %.3f %.2f %.2f %.2f%n", c.a(), c.b(), c.c(), c.alpha(), c.beta(),
                c.gamma());
        out.printf(Locale.ROOT, "resolution   %.2f - %.2f A%n", xray.dMax(), xray.dMin());
        out.printf(Locale.ROOT, "reflections  %d work, %d free, %d excluded (%s%s)%n", xray.nWork(), xray.nFree(),
                report.excludedTotal(), report.amplitudeLabel(), report.frenchWilson() ? ", French-Wilson" : "");
        out.printf(Locale.ROOT, "free flags   %s%n", report.freeConvention());
        out.printf(Locale.ROOT, "bulk solvent k_sol %.3f, B_sol %.1f A^2%n", xray.kSol(), xray.bSol());
        out.printf(Locale.ROOT, "R-work %.4f, R-free %.4f%n%n", xray.rWork(), xray.rFree());
        out.printf(Locale.ROOT, "%15s %7s %6s %8s %7s %7s %6s%n", "d range (A)", "work", "free", "complete", "R-work",
                "R-free", "CC");
        for (BinStatistics b : xray.binTable()) {
            out.printf(Locale.ROOT, "%6.2f - %6.2f %7d %6d %8.3f %7.4f %7.4f %6.3f%n", b.dMax(), b.dMin(), b.nWork(),
                    b.nFree(), b.completeness(), b.rWork(), b.rFree(), b.ccWork());
        }
    }
}
