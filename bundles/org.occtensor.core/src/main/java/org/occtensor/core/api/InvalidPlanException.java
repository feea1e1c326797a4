package org.occtensor.core.api;

/** A grouping plan that breaks a rule: an atom in two groups, a malformed conformer set, sparse ids. */
public class InvalidPlanException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidPlanException(String message) {
        super(message);
    }
}
