package org.occtensor.refine.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.occtensor.core.api.InvalidOccupancyException;
import org.occtensor.core.api.OccupancyTensor;

/**
 * Moves refinable groups that start within {@link #MARGIN} of occupancy 0 or 1 to that margin. The
 * slope of a group's occupancy in its logit is q(1 - q), about 1e-6 at the tensor's clamp, so a group
 * read at 0.00 or 1.00 would otherwise keep its value regardless of the data. At the margin the slope is
 * about 0.01, which L-BFGS scales up after its first step.
 */
public final class StartAwayFromBounds {

    /** Distance from 0 and 1 at which refinable groups start. */
    public static final double MARGIN = 0.01;

    private StartAwayFromBounds() {
    }

    /**
     * Applies the margin to every refinable group of {@code tensor} (modified) and returns one line per
     * moved group, such as {@code A/LIG 401 1.000 -> 0.990}. In a conformer set only members below the
     * margin are raised, and the other refinable members are rescaled to keep the set's sum. A member
     * whose set cannot give up the margin (its other members frozen) stays where it is.
     */
    public static List<String> apply(OccupancyTensor tensor) {
        List<String> moved = new ArrayList<>();
        boolean[] refinable = tensor.refinableMask();
        for (int g = 0; g < refinable.length; g++) {
            if (!refinable[g]) {
                continue;
            }
            double before = tensor.groupOccupancy(g);
            double after = startValue(tensor, g, before);
            if (after == before) {
                continue;
            }
            try {
                tensor.setGroupOccupancy(g, after);
                moved.add(String.format(Locale.ROOT, "%s %.3f -> %.3f", tensor.plan().label(g), before, after));
            } catch (InvalidOccupancyException e) {
                // The other members of the set are frozen, so the sum rule leaves this member no room.
            }
        }
        return moved;
    }

    private static double startValue(OccupancyTensor tensor, int group, double occupancy) {
        if (occupancy < MARGIN) {
            return MARGIN;
        }
        boolean inSet = tensor.plan().setOf(group) >= 0;
        if (!inSet && occupancy > 1 - MARGIN) {
            return 1 - MARGIN;
        }
        return occupancy;
    }
}
