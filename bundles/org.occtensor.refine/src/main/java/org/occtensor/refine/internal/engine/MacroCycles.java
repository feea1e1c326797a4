package org.occtensor.refine.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.core.api.OccupancyTensor;
import org.occtensor.core.api.optim.IterationListener;
import org.occtensor.core.api.optim.Objective;
import org.occtensor.core.api.optim.OptimizationResult;
import org.occtensor.core.api.optim.Optimizer;
import org.occtensor.core.api.optim.StopCriteria;
import org.occtensor.core.spi.GroupTarget;

/**
 * Macro-cycles of occupancy refinement: before each cycle the caller refreshes what the target
 * keeps fixed (scales, bulk solvent) and returns the target, which the optimizer then minimises
 * over the tensor's parameters. Stops early when a cycle no longer lowers the target.
 */
public final class MacroCycles {

    /** A cycle whose relative target decrease is below this ends the refinement. */
    public static final double CONVERGED_RELATIVE_DECREASE = 1e-6;

    /** Supplies the target of a cycle from the current per-atom occupancies. */
    @FunctionalInterface
    public interface CycleSetup {
        GroupTarget targetFor(int cycle, double[] atomOccupancies);
    }

    /** Outcome of one macro-cycle. */
    public record CycleOutcome(int cycle, double targetStart, double targetEnd, int iterations, String stopReason) {
    }

    private final Optimizer optimizer;
    private final StopCriteria stop;
    private final int maxCycles;

    public MacroCycles(Optimizer optimizer, StopCriteria stop, int maxCycles) {
        if (maxCycles < 1) {
            throw new IllegalArgumentException("at least one macro-cycle is needed, got " + maxCycles);
        }
        this.optimizer = optimizer;
        this.stop = stop;
        this.maxCycles = maxCycles;
    }

    /**
     * Runs up to the configured number of cycles on {@code tensor} (modified: its parameters end at
     * the optimum). {@code afterCycle} is called with each outcome.
     */
    public List<CycleOutcome> run(OccupancyTensor tensor, CycleSetup setup, IterationListener listener,
                                  java.util.function.Consumer<CycleOutcome> afterCycle) {
        List<CycleOutcome> outcomes = new ArrayList<>();
        for (int cycle = 1; cycle <= maxCycles; cycle++) {
            GroupTarget target = setup.targetFor(cycle, tensor.forward64());
            CycleOutcome outcome = minimise(tensor, target, cycle, listener);
            outcomes.add(outcome);
            afterCycle.accept(outcome);
            double decrease = outcome.targetStart() - outcome.targetEnd();
            if (tensor.parameterCount() == 0
                    || decrease <= CONVERGED_RELATIVE_DECREASE * Math.max(1e-300, Math.abs(outcome.targetStart()))) {
                break;
            }
        }
        return outcomes;
    }

    private CycleOutcome minimise(OccupancyTensor tensor, GroupTarget target, int cycle, IterationListener listener) {
        if (tensor.parameterCount() == 0) {
            double value = target.evaluate(tensor.groupOccupancies(), new double[tensor.groupCount()]);
            return new CycleOutcome(cycle, value, value, 0, "no refinable parameters");
        }
        Objective objective = objective(tensor, target);
        OptimizationResult result = optimizer.minimize(objective, tensor.parameters(), stop, listener);
        tensor.setParameters(result.x());
        return new CycleOutcome(cycle, result.initialLoss(), result.loss(), result.iterations(),
                result.stopReason().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The target as a function of the tensor's parameters, with its gradient through the tensor. */
    static Objective objective(OccupancyTensor tensor, GroupTarget target) {
        return (x, gradient) -> {
            tensor.setParameters(x);
            return tensor.evaluate(target, gradient);
        };
    }
}
