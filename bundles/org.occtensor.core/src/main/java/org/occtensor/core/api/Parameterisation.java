package org.occtensor.core.api;

/**
 * How a group outside conformer sets maps its logit to an occupancy. Conformer sets always use a
 * softmax with a reference logit, whatever is chosen here.
 *
 * @param kind  sigmoid (default) or identity
 * @param lower lower bound for identity (ignored for sigmoid)
 * @param upper upper bound for identity (ignored for sigmoid)
 */
public record Parameterisation(Kind kind, double lower, double upper) {

    /** The mapping from logit to occupancy. */
    public enum Kind {
        /** occupancy = 1 / (1 + exp(-z)); bounded to (0, 1) by construction. */
        SIGMOID,
        /** occupancy = clamp(z, lower, upper); gradient 1 inside the bounds and 0 outside. */
        IDENTITY
    }

    public Parameterisation {
        if (!(lower >= 0.0 && upper <= 1.0 && lower < upper)) {
            throw new IllegalArgumentException("bounds must satisfy 0 <= lower < upper <= 1, got [" + lower + ", "
                    + upper + "]");
        }
    }

    public static Parameterisation sigmoid() {
        return new Parameterisation(Kind.SIGMOID, 0.0, 1.0);
    }

    public static Parameterisation identity(double lower, double upper) {
        return new Parameterisation(Kind.IDENTITY, lower, upper);
    }
}
