package org.occtensor.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Direct-summation structure factors: {@code atoms} isotropic atoms of two scattering types at
 * random fractional positions, {@code reflections} random Miller indices, the four operators of
 * P 21 21 21. Terms per second = atoms x reflections x 4 / (seconds per operation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class StructureFactorBenchmark {

    @Param({"1000"})
    public int atoms;

    @Param({"10000"})
    public int reflections;

    @Param({"cpu", "opencl"})
    public String backend;

    private ComputeBackend compute;
    private ScatteringAtoms sites;
    private Reflections hkl;
    private SymmetryOperators operators;
    private double[] real;
    private double[] imag;

    @Setup
    public void setUp() {
        Random random = new Random(5);
        double[] fractional = new double[3 * atoms];
        double[] occupancy = new double[atoms];
        double[] b = new double[atoms];
        int[] type = new int[atoms];
        for (int a = 0; a < atoms; a++) {
            for (int k = 0; k < 3; k++) {
                fractional[3 * a + k] = random.nextDouble();
            }
            occupancy[a] = 0.5 + 0.5 * random.nextDouble();
            b[a] = 10 + 30 * random.nextDouble();
            type[a] = a % 2;
        }
        sites = new ScatteringAtoms(atoms, fractional, occupancy, b, null, type);
        int[] indices = new int[3 * reflections];
        double[] stol2 = new double[reflections];
        double[] formFactors = new double[2 * reflections];
        for (int r = 0; r < reflections; r++) {
            for (int k = 0; k < 3; k++) {
                indices[3 * r + k] = random.nextInt(41) - 20;
            }
            stol2[r] = 0.1 * random.nextDouble();
            formFactors[r] = 6.0 * Math.exp(-10 * stol2[r]);
            formFactors[reflections + r] = 8.0 * Math.exp(-8 * stol2[r]);
        }
        hkl = new Reflections(reflections, indices, stol2, 2, formFactors);
        operators = new SymmetryOperators(4, new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1, -1, 0, 0, 0, -1, 0, 0, 0, 1,
            -1, 0, 0, 0, 1, 0, 0, 0, -1, 1, 0, 0, 0, -1, 0, 0, 0, -1},
                new double[] {0, 0, 0, 0.5, 0, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0});
        real = new double[reflections];
        imag = new double[reflections];
        compute = OccupancyTensorBenchmark.findBackend(backend);
    }

    @Benchmark
    public double directSummation() {
        compute.structureFactors(sites, hkl, operators, real, imag);
        return real[0];
    }
}
