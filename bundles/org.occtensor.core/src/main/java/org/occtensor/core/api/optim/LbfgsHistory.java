package org.occtensor.core.api.optim;

/**
 * The most recent curvature pairs {@code s = x_new - x}, {@code y = g_new - g} of L-BFGS, and
 * the two-loop recursion that applies the inverse Hessian approximation they define (Nocedal
 * and Wright, <i>Numerical Optimization</i>, 2nd ed., 2006, Algorithm 7.4).
 */
final class LbfgsHistory {

    /**
     * A pair with {@code s.y <= EPSILON * y.y} is skipped. Its curvature is not clearly positive,
     * so it would make the approximation indefinite or its scaling s.y / y.y meaningless.
     */
    private static final double EPSILON = Math.ulp(1.0);

    private final int capacity;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    private double[] sCandidate;
    private double[] yCandidate;
    private int size;
    private int newest = -1;

    LbfgsHistory(int capacity, int dimension) {
        this.capacity = capacity;
        this.s = new double[capacity][dimension];
        this.y = new double[capacity][dimension];
        this.rho = new double[capacity];
        this.alpha = new double[capacity];
        this.sCandidate = new double[dimension];
        this.yCandidate = new double[dimension];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
        newest = -1;
    }

    /**
     * Stores the pair built from two successive iterates, replacing the oldest pair when full.
     *
     * @return false if the pair was skipped for lack of positive curvature
     */
    boolean add(double[] xOld, double[] xNew, double[] gOld, double[] gNew) {
        for (int i = 0; i < xOld.length; i++) {
            sCandidate[i] = xNew[i] - xOld[i];
            yCandidate[i] = gNew[i] - gOld[i];
        }
        double sy = Vectors.dot(sCandidate, yCandidate);
        double yy = Vectors.dot(yCandidate, yCandidate);
        if (!(sy > EPSILON * yy)) {
            return false;
        }

        int slot = (newest + 1) % capacity;
        double[] freed = s[slot];
        s[slot] = sCandidate;
        sCandidate = freed;
        freed = y[slot];
        y[slot] = yCandidate;
        yCandidate = freed;
        rho[slot] = 1 / sy;
        newest = slot;
        size = Math.min(size + 1, capacity);
        return true;
    }

    /**
     * Writes the search direction {@code -H g} into {@code direction}. With no pairs, H is the
     * identity. Otherwise the initial matrix is {@code gamma I} with gamma = s.y / y.y of the
     * newest pair (Nocedal and Wright, Section 7.2).
     *
     * @param gradient  the current gradient (not modified)
     * @param direction receives the direction (overwritten)
     */
    void direction(double[] gradient, double[] direction) {
        double[] q = direction;
        System.arraycopy(gradient, 0, q, 0, gradient.length);
        for (int k = 0; k < size; k++) {
            int slot = slotFromNewest(k);
            alpha[slot] = rho[slot] * Vectors.dot(s[slot], q);
            addScaled(q, -alpha[slot], y[slot]);
        }

        double gamma = size == 0 ? 1.0 : 1 / (rho[newest] * Vectors.dot(y[newest], y[newest]));
        for (int i = 0; i < q.length; i++) {
            q[i] *= gamma;
        }

        for (int k = size - 1; k >= 0; k--) {
            int slot = slotFromNewest(k);
            double beta = rho[slot] * Vectors.dot(y[slot], q);
            addScaled(q, alpha[slot] - beta, s[slot]);
        }
        for (int i = 0; i < q.length; i++) {
            q[i] = -q[i];
        }
    }

    private int slotFromNewest(int age) {
        return Math.floorMod(newest - age, capacity);
    }

    private static void addScaled(double[] target, double factor, double[] v) {
        for (int i = 0; i < target.length; i++) {
            target[i] += factor * v[i];
        }
    }
}
