package org.occtensor.core.internal.tensor;

import org.occtensor.core.api.autodiff.Tape;
import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;

/**
 * The tensor's operations for one structure, with the backend's static data prepared once:
 * parameters, then group logits, then group occupancies, then atom occupancies.
 */
public final class TensorGraph implements AutoCloseable {

    private final TensorStructure structure;
    private final ExpansionIndex index;
    private final ConformerLayout layout;

    public TensorGraph(TensorStructure structure, ComputeBackend backend, ExpansionIndex index) {
        this.structure = structure;
        this.index = index;
        this.layout = backend.prepareConformers(structure.groupCount, structure.setOffsets, structure.setMembers,
                structure.setPartial, structure.setBudget);
    }

    /** Records parameters to group occupancies on {@code tape}; returns the group occupancies. */
    public Variable groupOccupancies(Tape tape, Variable parameters) {
        Variable logits = tape.apply(new AssembleLogitsOp(structure), parameters);
        return tape.apply(new GroupOccupancyOp(structure, layout), logits);
    }

    /** Records the expansion of group occupancies to atoms on {@code tape}. */
    public Variable atomOccupancies(Tape tape, Variable groupOccupancies) {
        return tape.apply(new GatherOp(index), groupOccupancies);
    }

    public TensorStructure structure() {
        return structure;
    }

    @Override
    public void close() {
        layout.close();
    }
}
