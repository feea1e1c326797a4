package org.occtensor.core.spi;

/**
 * A differentiable scalar function of per-atom occupancies: an X-ray likelihood, a restraint, a
 * user's own score. Lower is better.
 *
 * <p>A target belongs to one model and its data, so it is not a service itself: plug-ins register a
 * {@link TargetProvider}, which creates the refinement's {@link GroupTarget}. A Target suits exact
 * per-atom gradients, such as gradient checks and user code composed on a tape.
 */
public interface Target {

    /** Service property that carries the target name. */
    String NAME_PROPERTY = "name";

    /** Short name ("ls", "ml"). */
    String name();

    /** Number of atoms this target expects. */
    int atomCount();

    /**
     * Evaluates the target.
     *
     * @param occupancies per-atom occupancies (not modified)
     * @param gradient    receives dTarget/d occupancy per atom (overwritten)
     * @return the target value
     */
    double evaluate(double[] occupancies, double[] gradient);
}
