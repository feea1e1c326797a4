package org.occtensor.core.internal.tensor;

import java.util.Locale;

import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.InvalidOccupancyException;

/**
 * Sets one group's occupancy and rescales the other unfrozen members of its conformer set so that
 * the set's sum rule still holds. Frozen members never change.
 */
public final class SetOccupancy {

    private static final double SLACK = 1e-9;

    private SetOccupancy() {
    }

    /**
     * Writes {@code value} into {@code q[group]} and rescales the free members of its set in place.
     *
     * @throws InvalidOccupancyException when the value is outside [0, 1] or the set cannot satisfy its rule
     */
    public static void apply(GroupingPlan plan, boolean[] frozen, double[] q, int group, double value) {
        if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
            throw new InvalidOccupancyException("occupancy for group " + group + " ('" + plan.label(group) + "') is "
                    + value + "; it must be in [0, 1]");
        }
        int s = plan.setOf(group);
        if (s < 0) {
            q[group] = value;
            return;
        }
        ConformerSet set = plan.conformerSets().get(s);
        double frozenOthers = 0.0;
        double freeOthers = 0.0;
        int freeCount = 0;
        for (int g : set.groups()) {
            if (g == group) {
                continue;
            }
            if (frozen[g]) {
                frozenOthers += q[g];
            } else {
                freeOthers += q[g];
                freeCount++;
            }
        }
        double room = 1.0 - value - frozenOthers;
        if (room < -SLACK) {
            throw new InvalidOccupancyException(String.format(Locale.ROOT,
                    "cannot set group %d ('%s') to %.4f: frozen members of its %s set already hold %.4f",
                    group, plan.label(group), value, set.kind().label(), frozenOthers));
        }
        room = Math.max(0.0, room);
        boolean complete = set.kind() == ConformerSet.Kind.COMPLETE;
        if (complete && freeCount == 0 && room > SLACK) {
            throw new InvalidOccupancyException(String.format(Locale.ROOT,
                    "cannot set group %d ('%s') to %.4f: its complete set must sum to 1 and every other member "
                            + "is frozen (they hold %.4f)", group, plan.label(group), value, frozenOthers));
        }
        q[group] = value;
        if (freeCount == 0 || (!complete && freeOthers <= room)) {
            return;
        }
        for (int g : set.groups()) {
            if (g != group && !frozen[g]) {
                q[g] = freeOthers > 0.0 ? q[g] * room / freeOthers : room / freeCount;
            }
        }
    }
}
