package org.occtensor.xray.targets;

/**
 * Per-reflection constants of the amplitude targets.
 *
 * @param fobs            observed amplitudes
 * @param work            reflections the target sums over (work set, positive amplitude)
 * @param free            test-set reflections, used to estimate the likelihood parameters
 * @param centric         centric flags
 * @param epsilon         epsilon factors (point-group rotations fixing h)
 * @param inverseDSquared 1/d^2 in inverse square angstrom
 */
public record TargetData(double[] fobs, boolean[] work, boolean[] free, boolean[] centric, int[] epsilon,
                         double[] inverseDSquared) {

    public int size() {
        return fobs.length;
    }
}
