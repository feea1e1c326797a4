package org.occtensor.opencl.internal;

import com.aparapi.Kernel;
import java.util.Arrays;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;
import org.occtensor.opencl.internal.kernels.StructureFactorAdjointKernel;
import org.occtensor.opencl.internal.kernels.StructureFactorInputs;
import org.occtensor.opencl.internal.kernels.StructureFactorKernel;

/**
 * Direct structure-factor summation and its occupancy adjoint on the device (fp64 only). Every
 * array moves per call: occupancies change between calls, and the records carry no version that
 * would show whether the other arrays did.
 */
final class StructureFactorOps implements AutoCloseable {

    /** Bound in place of U* when no atom is anisotropic; Aparapi cannot bind null arrays. */
    private static final double[] NO_U_STAR = new double[1];

    private final KernelLauncher launcher;
    private final StructureFactorKernel forward;
    private final StructureFactorAdjointKernel adjoint;

    StructureFactorOps(KernelLauncher launcher) {
        this.launcher = launcher;
        this.forward = launcher.prepare(new StructureFactorKernel());
        this.adjoint = launcher.prepare(new StructureFactorAdjointKernel());
    }

    void compute(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators, double[] real,
                 double[] imag) {
        check("structureFactors", atoms, reflections, operators);
        int count = reflections.count();
        ArrayChecks.requireLength("structureFactors", "real", real.length, count);
        ArrayChecks.requireLength("structureFactors", "imag", imag.length, count);
        if (count == 0) {
            return;
        }
        if (atoms.count() == 0 || operators.count() == 0) {
            Arrays.fill(real, 0, count, 0.0);
            Arrays.fill(imag, 0, count, 0.0);
            return;
        }
        synchronized (forward) {
            bindAndUpload(forward, atoms, reflections, operators);
            forward.bindOutput(real, imag);
            launcher.uploadIfPartlyWritten(forward, real, count);
            launcher.uploadIfPartlyWritten(forward, imag, count);
            launcher.launch(forward, count);
            launcher.download(forward, real);
            launcher.download(forward, imag);
        }
    }

    void occupancyAdjoint(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                          double[] realGrad, double[] imagGrad, double[] occupancyGrad) {
        check("structureFactorsOccupancyAdjoint", atoms, reflections, operators);
        int count = atoms.count();
        ArrayChecks.requireLength("structureFactorsOccupancyAdjoint", "realGrad", realGrad.length, reflections.count());
        ArrayChecks.requireLength("structureFactorsOccupancyAdjoint", "imagGrad", imagGrad.length, reflections.count());
        ArrayChecks.requireLength("structureFactorsOccupancyAdjoint", "occupancyGrad", occupancyGrad.length, count);
        if (count == 0) {
            return;
        }
        if (reflections.count() == 0 || operators.count() == 0) {
            Arrays.fill(occupancyGrad, 0, count, 0.0);
            return;
        }
        synchronized (adjoint) {
            bindAndUpload(adjoint, atoms, reflections, operators);
            adjoint.bindGradients(realGrad, imagGrad, occupancyGrad);
            launcher.upload(adjoint, realGrad);
            launcher.upload(adjoint, imagGrad);
            launcher.uploadIfPartlyWritten(adjoint, occupancyGrad, count);
            launcher.launch(adjoint, count);
            launcher.download(adjoint, occupancyGrad);
        }
    }

    @Override
    public void close() {
        launcher.dispose(forward);
        launcher.dispose(adjoint);
    }

    private <K extends Kernel & StructureFactorInputs> void bindAndUpload(
            K kernel, ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators) {
        double[] uStar = atoms.uStar() == null ? NO_U_STAR : atoms.uStar();
        int[] anisotropic = anisotropicFlags(atoms);
        kernel.bindReflections(reflections.hkl(), reflections.stol2(), reflections.formFactors(), reflections.count());
        kernel.bindAtoms(atoms.fractional(), atoms.occupancy(), atoms.bIso(), uStar, anisotropic, atoms.type(),
                atoms.count());
        kernel.bindOperators(operators.rotations(), operators.translations(), operators.count());
        launcher.upload(kernel, reflections.hkl());
        launcher.upload(kernel, reflections.stol2());
        launcher.upload(kernel, reflections.formFactors());
        launcher.upload(kernel, atoms.fractional());
        launcher.upload(kernel, atoms.occupancy());
        launcher.upload(kernel, atoms.bIso());
        launcher.upload(kernel, uStar);
        launcher.upload(kernel, anisotropic);
        launcher.upload(kernel, atoms.type());
        launcher.upload(kernel, operators.rotations());
        launcher.upload(kernel, operators.translations());
    }

    /** 1 for atoms with U* (first entry not NaN), as the CPU reference decides. */
    private static int[] anisotropicFlags(ScatteringAtoms atoms) {
        int[] flags = new int[atoms.count()];
        double[] u = atoms.uStar();
        if (u != null) {
            for (int a = 0; a < atoms.count(); a++) {
                flags[a] = Double.isNaN(u[6 * a]) ? 0 : 1;
            }
        }
        return flags;
    }

    /** Checks every length and scattering type the kernels index with, since a device does not bounds-check. */
    private static void check(String op, ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators) {
        int atomCount = atoms.count();
        int reflectionCount = reflections.count();
        ArrayChecks.requireCount(op, "atom count", atomCount);
        ArrayChecks.requireCount(op, "reflection count", reflectionCount);
        ArrayChecks.requireCount(op, "operator count", operators.count());
        ArrayChecks.requireLength(op, "fractional", atoms.fractional().length, 3 * atomCount);
        ArrayChecks.requireLength(op, "occupancy", atoms.occupancy().length, atomCount);
        ArrayChecks.requireLength(op, "bIso", atoms.bIso().length, atomCount);
        ArrayChecks.requireLength(op, "type", atoms.type().length, atomCount);
        if (atoms.uStar() != null) {
            ArrayChecks.requireLength(op, "uStar", atoms.uStar().length, 6 * atomCount);
        }
        ArrayChecks.requireLength(op, "hkl", reflections.hkl().length, 3 * reflectionCount);
        ArrayChecks.requireLength(op, "stol2", reflections.stol2().length, reflectionCount);
        ArrayChecks.requireLength(op, "formFactors", reflections.formFactors().length,
                reflections.typeCount() * reflectionCount);
        ArrayChecks.requireLength(op, "rotations", operators.rotations().length, 9 * operators.count());
        ArrayChecks.requireLength(op, "translations", operators.translations().length, 3 * operators.count());
        for (int a = 0; a < atomCount; a++) {
            int t = atoms.type()[a];
            if (t < 0 || t >= reflections.typeCount()) {
                throw new IllegalArgumentException(op + ": atom " + a + " has scattering type " + t + ", outside 0.."
                        + (reflections.typeCount() - 1));
            }
        }
    }
}
