package org.occtensor.refine.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

/** Writes a {@link RefinementReport} as JSON with snake_case keys. */
public final class ReportJson {

    private ReportJson() {
    }

    public static String toJson(RefinementReport report) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues().create()
                .toJson(toMap(report));
    }

    static Map<String, Object> toMap(RefinementReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", r.model());
        m.put("data", r.data());
        m.put("backend", r.backend());
        m.put("device", r.device());
        m.put("strategies", r.strategies());
        m.put("target", r.target());
        m.put("optimizer", r.optimizer());
        m.put("r_work_start", r.rWorkStart());
        m.put("r_free_start", r.rFreeStart());
        m.put("r_work_final", r.rWorkFinal());
        m.put("r_free_final", r.rFreeFinal());
        m.put("k_sol", r.kSol());
        m.put("b_sol", r.bSol());
        m.put("n_work", r.nWork());
        m.put("n_free", r.nFree());
        m.put("d_min", r.dMin());
        m.put("free_flag_convention", r.freeFlagConvention());
        m.put("cycles", cycles(r.cycles()));
        m.put("groups", groups(r.groups()));
        m.put("conformer_sets", sets(r.conformerSets()));
        m.put("warnings", r.warnings());
        m.put("timings_s", timings(r.timings()));
        return m;
    }

    private static List<Map<String, Object>> cycles(List<RefinementReport.Cycle> cycles) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RefinementReport.Cycle c : cycles) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cycle", c.cycle());
            m.put("r_work", c.rWork());
            m.put("r_free", c.rFree());
            m.put("target", c.target());
            m.put("iterations", c.iterations());
            m.put("stop_reason", c.stopReason());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> groups(List<RefinementReport.Group> groups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RefinementReport.Group g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.id());
            m.put("label", g.label());
            m.put("atoms", g.atoms());
            m.put("occupancy_start", rounded(g.occupancyStart()));
            m.put("occupancy_final", rounded(g.occupancyFinal()));
            m.put("refinable", g.refinable());
            out.add(m);
        }
        return out;
    }

    /**
     * Rounds an occupancy to 6 decimals for JSON output. That drops the binary noise of the softmax
     * (0.38000000000000006 for a file's 0.38) and keeps far more digits than a model file's two.
     */
    public static double rounded(double occupancy) {
        return Math.round(occupancy * 1e6) / 1e6;
    }

    private static List<Map<String, Object>> sets(List<RefinementReport.ConformerSetEntry> sets) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RefinementReport.ConformerSetEntry s : sets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("groups", s.groups());
            m.put("kind", s.kind());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> timings(RefinementReport.Timings t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reading", t.reading());
        m.put("grouping", t.grouping());
        m.put("structure_factors", t.structureFactors());
        m.put("scaling", t.scaling());
        m.put("minimisation", t.minimisation());
        m.put("writing", t.writing());
        m.put("total", t.total());
        return m;
    }
}
