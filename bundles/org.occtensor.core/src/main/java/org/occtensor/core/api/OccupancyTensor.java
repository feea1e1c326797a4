package org.occtensor.core.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.occtensor.core.api.autodiff.Tape;
import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.internal.cpu.CpuBackend;
import org.occtensor.core.internal.tensor.InitialOccupancies;
import org.occtensor.core.internal.tensor.SetOccupancy;
import org.occtensor.core.internal.tensor.TensorGraph;
import org.occtensor.core.internal.tensor.TensorStructure;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.core.spi.GroupTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Occupancies of a model with one parameter per sharing group (collapsed storage).
 *
 * <p>The parameters are the logits of the refinable groups, less one reference per complete
 * conformer set. {@link #forward()} expands them to per-atom occupancies in [0, 1];
 * {@link #backward(float[])} maps per-atom gradients back to the parameters. Complete sets sum to 1
 * and partial sets to at most 1 at every step, by construction. Frozen groups keep their exact value
 * and get no parameter.
 *
 * <p>Not thread-safe: one refinement drives one tensor.
 */
public final class OccupancyTensor {

    private static final Logger LOG = LoggerFactory.getLogger(OccupancyTensor.class);

    private final GroupingPlan plan;
    private final ComputeBackend backend;
    private final Parameterisation parameterisation;
    private final ExpansionIndex index;
    private final List<String> warnings;
    private final boolean[] frozen;
    private TensorStructure structure;
    private double[] parameters;
    private BoundTape tape32;
    private BoundTape tape64;

    private OccupancyTensor(GroupingPlan plan, ComputeBackend backend, Parameterisation parameterisation,
                            double[] groupOccupancies, boolean[] frozen, List<String> warnings) {
        this.plan = plan;
        this.backend = backend;
        this.parameterisation = parameterisation;
        this.index = backend.prepareExpansion(plan.groupOfAtom(), plan.groupCount());
        this.warnings = List.copyOf(warnings);
        this.frozen = frozen.clone();
        restructure(groupOccupancies);
    }

    /** Creates a sigmoid-parameterised tensor on the CPU backend, starting from per-atom occupancies. */
    public static OccupancyTensor create(GroupingPlan plan, double[] atomOccupancies) {
        return builder(plan).occupancies(atomOccupancies).build();
    }

    public static Builder builder(GroupingPlan plan) {
        return new Builder(plan);
    }

    // ---- sizes -------------------------------------------------------------------------------

    public int atomCount() {
        return plan.atomCount();
    }

    public int groupCount() {
        return plan.groupCount();
    }

    /** Number of free logits: refinable groups less one reference per complete set with free members. */
    public int parameterCount() {
        return parameters.length;
    }

    public int refinableGroupCount() {
        return groupCount() - fixedGroupCount();
    }

    public int fixedGroupCount() {
        int count = 0;
        for (boolean f : frozen) {
            count += f ? 1 : 0;
        }
        return count;
    }

    public int refinableAtomCount() {
        return atomCount() - fixedAtomCount();
    }

    public int fixedAtomCount() {
        int count = 0;
        for (int g = 0; g < frozen.length; g++) {
            count += frozen[g] ? plan.atomCountOf(g) : 0;
        }
        return count;
    }

    public GroupingPlan plan() {
        return plan;
    }

    public ComputeBackend backend() {
        return backend;
    }

    public Parameterisation parameterisation() {
        return parameterisation;
    }

    /** Warnings raised while reading the starting occupancies (renormalised sets). */
    public List<String> warnings() {
        return warnings;
    }

    // ---- parameters --------------------------------------------------------------------------

    /** Returns a copy of the parameters (refinable logits). */
    public double[] parameters() {
        return parameters.clone();
    }

    /** Replaces the parameters; {@code values.length} must equal {@link #parameterCount()}. */
    public void setParameters(double[] values) {
        if (values.length != parameters.length) {
            throw new IllegalArgumentException("expected " + parameters.length + " parameters, got " + values.length);
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("parameter " + k + " (group '"
                        + plan.label(structure.parameterGroups()[k]) + "') is " + values[k]);
            }
        }
        parameters = values.clone();
    }

    /** Returns the group of each parameter, in parameter order. */
    public int[] parameterGroups() {
        return structure.parameterGroups();
    }

    // ---- forward and backward ----------------------------------------------------------------

    /** Computes per-atom occupancies in float32 on the backend; returns a new array. */
    public float[] forward() {
        BoundTape t = tape32();
        t.run();
        return t.atoms.values32().clone();
    }

    /**
     * Maps per-atom gradients (float32) to gradients on the parameters, at the current parameters.
     *
     * @param atomGradient dLoss/d occupancy per atom (not modified)
     * @return dLoss/d parameter, one per parameter
     */
    public float[] backward(float[] atomGradient) {
        BoundTape t = tape32();
        t.run();
        double[] seed = new double[atomGradient.length];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = atomGradient[i];
        }
        t.tape.backward(t.atoms, seed);
        return t.parameters.grad32().clone();
    }

    /** Computes per-atom occupancies in float64; returns a new array. */
    public double[] forward64() {
        BoundTape t = tape64();
        t.run();
        return t.atoms.values64().clone();
    }

    /** Float64 version of {@link #backward(float[])}. */
    public double[] backward64(double[] atomGradient) {
        BoundTape t = tape64();
        t.run();
        t.tape.backward(t.atoms, atomGradient);
        return t.parameters.grad64().clone();
    }

    /** Maps per-group gradients (float64) to gradients on the parameters; the atom expansion is skipped. */
    public double[] backwardGroups64(double[] groupGradient) {
        BoundTape t = tape64();
        t.run();
        t.tape.backward(t.groups, groupGradient);
        return t.parameters.grad64().clone();
    }

    /**
     * Evaluates a per-group target at the current parameters with one forward pass, and writes dTarget/d
     * parameter into {@code parameterGradient} (length {@link #parameterCount()}). Returns the target value.
     */
    public double evaluate(GroupTarget target, double[] parameterGradient) {
        if (target.groupCount() != groupCount() || parameterGradient.length != parameterCount()) {
            throw new IllegalArgumentException("target " + target.name() + " has " + target.groupCount()
                    + " groups and the gradient " + parameterGradient.length + " entries; this tensor has "
                    + groupCount() + " groups and " + parameterCount() + " parameters");
        }
        BoundTape t = tape64();
        t.run();
        double[] groupGradient = new double[groupCount()];
        double value = target.evaluate(t.groups.values64().clone(), groupGradient);
        t.tape.backward(t.groups, groupGradient);
        System.arraycopy(t.parameters.grad64(), 0, parameterGradient, 0, parameterGradient.length);
        return value;
    }

    /**
     * Records this tensor's operations on a caller's tape, so that a target composed after them
     * back-propagates to {@code parameters}. Returns the per-atom occupancies.
     */
    public Variable bind(Tape tape, Variable parameters) {
        checkParameterVariable(parameters);
        TensorGraph graph = graph(tape);
        return graph.atomOccupancies(tape, graph.groupOccupancies(tape, parameters));
    }

    /** Like {@link #bind} but returns per-group occupancies, for targets of group occupancies. */
    public Variable bindGroups(Tape tape, Variable parameters) {
        checkParameterVariable(parameters);
        return graph(tape).groupOccupancies(tape, parameters);
    }

    // ---- group access ------------------------------------------------------------------------

    /** Computes the occupancy of every group in float64. */
    public double[] groupOccupancies() {
        BoundTape t = tape64();
        t.run();
        return t.groups.values64().clone();
    }

    public double groupOccupancy(int group) {
        checkGroup(group);
        return groupOccupancies()[group];
    }

    /**
     * Sets a group's occupancy. In a conformer set the group gets exactly {@code value} and the
     * other unfrozen members are rescaled so the sum rule holds. A refinable group's value is kept
     * within [1e-6, 1 - 1e-6] so its logit stays finite; a frozen group takes any value in [0, 1].
     *
     * @throws InvalidOccupancyException when the value is outside [0, 1] or the set rule cannot hold
     */
    public void setGroupOccupancy(int group, double value) {
        checkGroup(group);
        double[] q = groupOccupancies();
        SetOccupancy.apply(plan, frozen, q, group, value);
        restructure(q);
    }

    // ---- freezing ----------------------------------------------------------------------------

    public boolean isFrozen(int group) {
        checkGroup(group);
        return frozen[group];
    }

    /** Returns a copy of the refinable flags, one per group. */
    public boolean[] refinableMask() {
        boolean[] mask = new boolean[frozen.length];
        for (int g = 0; g < mask.length; g++) {
            mask[g] = !frozen[g];
        }
        return mask;
    }

    /** Freezes every group that has at least one atom marked in {@code atomMask}. */
    public void freeze(boolean[] atomMask) {
        setFrozenByAtoms(atomMask, true);
    }

    /** Unfreezes every group that has at least one atom marked in {@code atomMask}. */
    public void unfreeze(boolean[] atomMask) {
        setFrozenByAtoms(atomMask, false);
    }

    public void freezeGroups(int... groups) {
        setFrozenGroups(groups, true);
    }

    public void unfreezeGroups(int... groups) {
        setFrozenGroups(groups, false);
    }

    public void freezeAll() {
        double[] q = groupOccupancies();
        Arrays.fill(frozen, true);
        restructure(q);
    }

    public void unfreezeAll() {
        double[] q = groupOccupancies();
        Arrays.fill(frozen, false);
        restructure(q);
    }

    // ---- copies and summary ------------------------------------------------------------------

    /** Returns an independent tensor with the same plan, backend, occupancies and frozen groups. */
    public OccupancyTensor copy() {
        return new OccupancyTensor(plan, backend, parameterisation, groupOccupancies(), frozen, warnings);
    }

    /** Returns one line: atoms, groups, refinable, fixed, sets, compression ratio. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%d atoms, %d groups (%d refinable with %d atoms, %d fixed with %d atoms), %d parameters, "
                        + "%d conformer sets, compression %.2f atoms per group",
                atomCount(), groupCount(), refinableGroupCount(), refinableAtomCount(), fixedGroupCount(),
                fixedAtomCount(), parameterCount(), plan.conformerSets().size(),
                (double) atomCount() / Math.max(1, groupCount()));
    }

    @Override
    public String toString() {
        return "OccupancyTensor[" + summary() + "]";
    }

    // ---- internals ---------------------------------------------------------------------------

    private void setFrozenByAtoms(boolean[] atomMask, boolean value) {
        if (atomMask.length != atomCount()) {
            throw new IllegalArgumentException("atom mask has " + atomMask.length + " entries for " + atomCount()
                    + " atoms");
        }
        double[] q = groupOccupancies();
        for (int a = 0; a < atomMask.length; a++) {
            if (atomMask[a]) {
                frozen[plan.groupOf(a)] = value;
            }
        }
        restructure(q);
    }

    private void setFrozenGroups(int[] groups, boolean value) {
        for (int g : groups) {
            checkGroup(g);
        }
        double[] q = groupOccupancies();
        for (int g : groups) {
            frozen[g] = value;
        }
        restructure(q);
    }

    private void restructure(double[] groupOccupancies) {
        structure = TensorStructure.build(plan, parameterisation, frozen, groupOccupancies);
        parameters = structure.initialParameters();
        tape32 = null;
        tape64 = null;
        LOG.debug("tensor restructured: {}", structure);
    }

    private void checkParameterVariable(Variable variable) {
        if (variable.size() != parameters.length) {
            throw new IllegalArgumentException("expected a parameter variable of " + parameters.length
                    + " values, got " + variable.size());
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group >= groupCount()) {
            throw new IndexOutOfBoundsException("group " + group + " is outside 0.." + (groupCount() - 1));
        }
    }

    private TensorGraph graph(Tape tape) {
        if (tape.backend() != backend) {
            LOG.debug("binding tensor prepared for {} to a tape on {}", backend.name(), tape.backend().name());
        }
        ExpansionIndex tapeIndex = tape.backend() == backend ? index
                : tape.backend().prepareExpansion(plan.groupOfAtom(), plan.groupCount());
        return new TensorGraph(structure, tape.backend(), tapeIndex);
    }

    private BoundTape tape32() {
        if (tape32 == null) {
            tape32 = new BoundTape(new Tape(backend, Precision.FLOAT32));
        }
        return tape32;
    }

    private BoundTape tape64() {
        if (tape64 == null) {
            tape64 = new BoundTape(new Tape(backend, Precision.FLOAT64));
        }
        return tape64;
    }

    /** The tensor's own tape with its parameter, group and atom variables. */
    private final class BoundTape {
        final Tape tape;
        final Variable parameters;
        final Variable groups;
        final Variable atoms;

        BoundTape(Tape tape) {
            this.tape = tape;
            this.parameters = tape.input("parameters", OccupancyTensor.this.parameters.length);
            TensorGraph graph = graph(tape);
            this.groups = graph.groupOccupancies(tape, parameters);
            this.atoms = graph.atomOccupancies(tape, groups);
        }

        void run() {
            parameters.setValues(OccupancyTensor.this.parameters);
            tape.forward();
        }
    }

    /** Options for a new tensor. */
    public static final class Builder {
        private final GroupingPlan plan;
        private double[] occupancies;
        private Parameterisation parameterisation = Parameterisation.sigmoid();
        private ComputeBackend backend;

        private Builder(GroupingPlan plan) {
            this.plan = Objects.requireNonNull(plan, "plan");
        }

        /** Starting occupancies, one per atom (required). */
        public Builder occupancies(double[] values) {
            this.occupancies = values.clone();
            return this;
        }

        public Builder parameterisation(Parameterisation value) {
            this.parameterisation = Objects.requireNonNull(value, "parameterisation");
            return this;
        }

        /** Backend that runs the kernels; the CPU backend when not set. */
        public Builder backend(ComputeBackend value) {
            this.backend = Objects.requireNonNull(value, "backend");
            return this;
        }

        /**
         * Builds the tensor: each group starts at its atoms' mean occupancy, sets above 1 are
         * renormalised with a warning, and the plan's refinable mask decides which groups are frozen.
         *
         * @throws InvalidOccupancyException for a length mismatch or a NaN, negative or above-1 value
         */
        public OccupancyTensor build() {
            if (occupancies == null) {
                throw new IllegalStateException("starting occupancies are required");
            }
            List<String> warnings = new ArrayList<>();
            double[] groups = InitialOccupancies.fromAtoms(plan, occupancies, warnings);
            for (String w : warnings) {
                LOG.warn(w);
            }
            boolean[] frozen = new boolean[plan.groupCount()];
            for (int g = 0; g < frozen.length; g++) {
                frozen[g] = !plan.isRefinable(g);
            }
            ComputeBackend b = backend != null ? backend : new CpuBackend();
            return new OccupancyTensor(plan, b, parameterisation, groups, frozen, warnings);
        }
    }
}
