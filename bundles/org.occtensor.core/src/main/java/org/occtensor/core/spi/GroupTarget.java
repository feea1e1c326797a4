package org.occtensor.core.spi;

/**
 * A differentiable scalar function of per-group occupancies for one grouping plan. All atoms of a
 * group share one occupancy, so dTarget/d q_g is the sum of the per-atom gradients over the group's
 * atoms; targets that precompute per-group quantities (partial structure factors) work here.
 */
public interface GroupTarget {

    /** Short name ("ls", "ml"). */
    String name();

    /** Number of groups this target expects. */
    int groupCount();

    /**
     * Evaluates the target.
     *
     * @param groupOccupancies occupancy per group (not modified)
     * @param gradient         receives dTarget/d q_g per group (overwritten)
     * @return the target value
     */
    double evaluate(double[] groupOccupancies, double[] gradient);
}
