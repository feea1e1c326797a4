package org.occtensor.xray.targets;

/** A function of the model amplitudes |F_model|, summed over the work reflections. */
public interface AmplitudeTarget {

    /** Short name ("ls", "ml"). */
    String name();

    /**
     * Evaluates the target.
     *
     * @param amplitude |F_model| per reflection (not modified)
     * @param gradient  receives dTarget/d|F_model| per reflection, 0 outside the work set (overwritten)
     * @return the target value
     */
    double evaluate(double[] amplitude, double[] gradient);
}
