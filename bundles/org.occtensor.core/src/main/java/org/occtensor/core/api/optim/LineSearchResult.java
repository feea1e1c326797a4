package org.occtensor.core.api.optim;

/**
 * The outcome of one line search.
 *
 * @param point       the accepted point, or null when the search failed
 * @param evaluations evaluations of phi the search used
 * @param failure     why the search failed, or null when it accepted a point
 */
record LineSearchResult(LinePoint point, int evaluations, String failure) {

    static LineSearchResult accepted(LinePoint point, int evaluations) {
        return new LineSearchResult(point, evaluations, null);
    }

    static LineSearchResult failed(String failure, int evaluations) {
        return new LineSearchResult(null, evaluations, failure);
    }

    boolean isAccepted() {
        return failure == null;
    }
}
