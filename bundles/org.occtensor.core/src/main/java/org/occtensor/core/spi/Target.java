package org.occtensor.core.spi;

/**
 * A differentiable scalar function of per-atom occupancies: an X-ray likelihood, a restraint, a
 * user's own score. Lower is better.
 *
 * <p>In OSGi an implementation is a service with the {@code name} property; outside OSGi it is
 * listed in {@code META-INF/services/org.occtensor.core.spi.Target}.
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
