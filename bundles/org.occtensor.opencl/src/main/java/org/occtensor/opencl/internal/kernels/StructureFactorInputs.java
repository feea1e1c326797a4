package org.occtensor.opencl.internal.kernels;

/**
 * Binding of the inputs that {@link StructureFactorKernel} and {@link StructureFactorAdjointKernel}
 * share. Both kernels evaluate the direct structure-factor sum
 * {@code F(h) = sum_ops sum_atoms occ * f0(type, h) * T(h) * exp(2 pi i h.(R x + t))}, with
 * {@code T = exp(-B (sin theta / lambda)^2)} for isotropic atoms and
 * {@code T = exp(-2 pi^2 h'^T U* h')} with {@code h' = h R} for anisotropic ones, in the same order
 * as the CPU reference.
 *
 * <p>The kernels declare these fields and terms themselves instead of inheriting them from a shared
 * kernel superclass. Aparapi 3.0.0 parses a kernel's superclass with BCEL, and BCEL looks the
 * superclass up by name through its own class loader and {@code java.class.path}. Inside OSGi
 * neither reaches a private package of this bundle, so a kernel with a superclass other than
 * {@link com.aparapi.Kernel} fails to build there while it builds on a plain class path.
 */
public interface StructureFactorInputs {

    /** Binds the reflection arrays: 3 Miller indices, (sin theta / lambda)^2 in 1/A^2 and f0 per type, type-major. */
    void bindReflections(int[] hkl, double[] stol2, double[] formFactors, int reflectionCount);

    /**
     * Binds the atom arrays: 3 fractional coordinates, occupancy, isotropic B in A^2, U* as U11,
     * U22, U33, U12, U13, U23, a 0/1 flag for "uses U*" and the scattering type per atom.
     * {@code uStar} must not be null (pass a placeholder).
     */
    void bindAtoms(double[] fractional, double[] occupancy, double[] bIso, double[] uStar, int[] anisotropic,
                   int[] type, int atomCount);

    /** Binds the symmetry operators: R as 9 integers per operator, row-major, and t in fractions of the cell. */
    void bindOperators(int[] rotations, double[] translations, int operatorCount);
}
