package org.occtensor.refine.api;

import java.util.List;

/**
 * Everything a refinement run reports: what ran, R factors before and after, each macro-cycle, and
 * each group's start and final occupancy.
 */
public record RefinementReport(String model, String data, String backend, String device, List<String> strategies,
                               String target, String optimizer, double rWorkStart, double rFreeStart,
                               double rWorkFinal, double rFreeFinal, double kSol, double bSol, int nWork, int nFree,
                               double dMin, String freeFlagConvention, List<Cycle> cycles, List<Group> groups,
                               List<ConformerSetEntry> conformerSets, List<String> warnings, Timings timings) {

    /** One macro-cycle: R factors and target value at its end. */
    public record Cycle(int cycle, double rWork, double rFree, double target, int iterations, String stopReason) {
    }

    /** One group: label, atom count, occupancy at start and end, whether it was refined. */
    public record Group(int id, String label, int atoms, double occupancyStart, double occupancyFinal,
                        boolean refinable) {
    }

    /** One conformer set: its group ids and kind ("complete" or "partial"). */
    public record ConformerSetEntry(List<Integer> groups, String kind) {
    }

    /** Wall time in seconds per stage. */
    public record Timings(double reading, double grouping, double structureFactors, double scaling,
                          double minimisation, double writing, double total) {
    }
}
