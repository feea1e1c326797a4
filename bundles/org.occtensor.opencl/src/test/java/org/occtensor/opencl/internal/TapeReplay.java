package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.occtensor.core.api.Precision;
import org.occtensor.core.api.autodiff.Tape;
import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.ComputeBackend;

/**
 * Replays a workload's forward and backward passes on a float32 tape, as the benchmark does, and
 * checks every pass. The first pass with each parameter vector is compared with the CPU backend.
 * Every later pass with that vector must give bit-identical occupancies and gradients, because
 * each device kernel adds in a fixed order.
 */
final class TapeReplay {

    private final ReplayWorkload workload;
    private final Tape tape;
    private final Variable parameters;
    private final Variable atoms;
    private final Tape cpuTape;
    private final Variable cpuParameters;
    private final Variable cpuAtoms;
    private final float[][] firstAtoms = new float[ReplayWorkload.PARAMETER_SETS][];
    private final float[][] firstGradients = new float[ReplayWorkload.PARAMETER_SETS][];

    TapeReplay(ReplayWorkload workload, ComputeBackend device, ComputeBackend cpu) {
        this.workload = workload;
        this.tape = new Tape(device, Precision.FLOAT32);
        this.parameters = tape.input("parameters", workload.tensor.parameters());
        this.atoms = workload.tensor.bind(tape, parameters);
        this.cpuTape = new Tape(cpu, Precision.FLOAT32);
        this.cpuParameters = cpuTape.input("parameters", workload.tensor.parameters());
        this.cpuAtoms = workload.tensor.bind(cpuTape, cpuParameters);
    }

    /** Runs {@code passes} passes, cycling through the parameter vectors, and checks each. */
    void run(int passes) {
        for (int pass = 0; pass < passes; pass++) {
            int set = pass % ReplayWorkload.PARAMETER_SETS;
            parameters.setValues(workload.parameterSets[set]);
            tape.forward();
            tape.backward(atoms, workload.seed);
            if (firstAtoms[set] == null) {
                compareWithCpu(set);
                firstAtoms[set] = atoms.values32().clone();
                firstGradients[set] = parameters.grad32().clone();
            } else if (!Arrays.equals(firstAtoms[set], atoms.values32())
                    || !Arrays.equals(firstGradients[set], parameters.grad32())) {
                Closeness.assertIdentical("occupancies at pass " + pass, firstAtoms[set], atoms.values32(),
                        firstAtoms[set].length);
                Closeness.assertIdentical("gradients at pass " + pass, firstGradients[set], parameters.grad32(),
                        firstGradients[set].length);
            }
        }
    }

    private void compareWithCpu(int set) {
        cpuParameters.setValues(workload.parameterSets[set]);
        cpuTape.forward();
        cpuTape.backward(cpuAtoms, workload.seed);
        float[] occupancies = atoms.values32();
        assertTrue(occupancies.length > 0);
        Closeness.assertRelative("occupancies of parameter set " + set, cpuAtoms.values32(), occupancies,
                occupancies.length, Tolerances.FLOAT_SOFTMAX_RELATIVE);
        float[] gradients = parameters.grad32();
        assertEquals(cpuParameters.grad32().length, gradients.length);
        double[] scale = new double[gradients.length];
        // A gradient sums the seeds of at most two groups times derivatives below 1, so twice the
        // largest group sum of |seed| bounds its terms.
        Arrays.fill(scale, 2.0 * workload.gradientScale());
        Closeness.assertScaled("gradients of parameter set " + set, cpuParameters.grad32(), gradients, scale,
                gradients.length, Tolerances.FLOAT_SOFTMAX_RELATIVE);
    }
}
