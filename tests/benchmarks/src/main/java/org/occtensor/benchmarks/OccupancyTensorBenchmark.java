package org.occtensor.benchmarks;

import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import org.occtensor.core.api.OccupancyTensor;
import org.occtensor.core.api.Precision;
import org.occtensor.core.api.autodiff.Tape;
import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.ComputeBackend;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One forward and backward pass of the occupancy tensor in float32, on the workload of the PyTorch
 * baseline script, through the tensor's recorded tape (no allocation per pass).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OccupancyTensorBenchmark {

    @Param({"10000", "1000000", "10000000"})
    public int atoms;

    @Param({"cpu", "opencl"})
    public String backend;

    private ComputeBackend compute;
    private Tape tape;
    private Variable loss;

    @Setup(Level.Trial)
    public void setUp() {
        TorchBaselineWorkload workload = new TorchBaselineWorkload(atoms, 7);
        compute = findBackend(backend);
        OccupancyTensor tensor = OccupancyTensor.builder(workload.plan)
                .occupancies(workload.occupancies)
                .backend(compute)
                .build();
        if (!compute.name().equals(backend)) {
            throw new IllegalStateException("backend '" + backend + "' fell back to '" + compute.name() + "' on "
                    + compute.device() + "; see the log for the reason");
        }
        tape = new Tape(compute, Precision.FLOAT32);
        Variable parameters = tape.input("parameters", tensor.parameters());
        Variable occupancies = tensor.bind(tape, parameters);
        loss = tape.apply(new WeightedSumOperation(workload.weights), occupancies);
    }

    @Benchmark
    public float forwardBackward() {
        tape.forward();
        tape.backward(loss);
        return loss.values32()[0];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        compute.close();
    }

    static ComputeBackend findBackend(String name) {
        for (ComputeBackend candidate : ServiceLoader.load(ComputeBackend.class)) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no compute backend named '" + name + "' on the class path");
    }
}
