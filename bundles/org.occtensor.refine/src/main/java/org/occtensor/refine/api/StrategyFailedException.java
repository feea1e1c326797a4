package org.occtensor.refine.api;

import org.occtensor.core.spi.GroupingException;

/**
 * A grouping strategy threw while building a plan: either it rejected the input (its own
 * {@link GroupingException}) or it failed with an unexpected error. The message names the
 * strategy and its bundle (symbolic name, version and id); the cause is the original exception.
 */
public final class StrategyFailedException extends GroupingException {
    private static final long serialVersionUID = 1L;

    private final transient StrategyInfo strategy;

    public StrategyFailedException(StrategyInfo strategy, Throwable cause) {
        super(message(strategy, cause), cause);
        this.strategy = strategy;
    }

    /** Returns the strategy that threw. */
    public StrategyInfo strategy() {
        return strategy;
    }

    private static String message(StrategyInfo strategy, Throwable cause) {
        String prefix = "grouping strategy '" + strategy.name() + "' from bundle " + strategy.origin();
        if (cause instanceof GroupingException) {
            return prefix + " rejected the input: " + cause.getMessage();
        }
        return prefix + " failed: " + cause;
    }
}
