package org.occtensor.xray.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;
import org.occtensor.xray.symmetry.SymOp;

/**
 * Checks that a model and reflection data describe the same crystal: cell lengths within 1%, cell
 * angles within 1 degree, and the same point group.
 *
 * <p>Point groups come from the space group table. Their orientation counts too: the two groups must
 * have the same set of rotation matrices, so P 31 1 2 and P 31 2 1 (both of point group 32, with the
 * 2-fold axes along different directions) differ. Space groups with the same rotations pass (P 21 21 21
 * and P 2 2 21, P 1 21 1 and C 1 2 1). Indexing does not tell screw axes apart, and data are often
 * processed in a related group.
 */
public final class DataModelCheck {

    /** Largest accepted relative difference of a cell length. */
    public static final double MAX_LENGTH_DIFFERENCE = 0.01;

    /** Largest accepted difference of a cell angle, in degrees. */
    public static final double MAX_ANGLE_DIFFERENCE = 1.0;

    private DataModelCheck() {
    }

    /**
     * Checks the model's cell and space group against the data's.
     *
     * @throws DataModelMismatchException naming both cells or both space groups when they differ, or the
     *                                    symbol that is not a known space group
     */
    public static void check(UnitCell model, UnitCell data) throws DataModelMismatchException {
        String[] lengthNames = {"a", "b", "c"};
        double[] modelLengths = {model.a(), model.b(), model.c()};
        double[] dataLengths = {data.a(), data.b(), data.c()};
        for (int i = 0; i < 3; i++) {
            double difference = Math.abs(modelLengths[i] - dataLengths[i]) / dataLengths[i];
            if (!(difference <= MAX_LENGTH_DIFFERENCE)) {
                throw new DataModelMismatchException(String.format(Locale.ROOT,
                        "cell length %s differs by %.1f%% (limit 1%%): model %.3f, data %.3f; model cell %s, data "
                        + "cell %s", lengthNames[i], 100 * difference, modelLengths[i], dataLengths[i],
                        describe(model), describe(data)));
            }
        }
        String[] angleNames = {"alpha", "beta", "gamma"};
        double[] modelAngles = {model.alpha(), model.beta(), model.gamma()};
        double[] dataAngles = {data.alpha(), data.beta(), data.gamma()};
        for (int i = 0; i < 3; i++) {
            double difference = Math.abs(modelAngles[i] - dataAngles[i]);
            if (!(difference <= MAX_ANGLE_DIFFERENCE)) {
                throw new DataModelMismatchException(String.format(Locale.ROOT,
                        "cell angle %s differs by %.2f degrees (limit 1): model cell %s, data cell %s",
                        angleNames[i], difference, describe(model), describe(data)));
            }
        }

        SpaceGroup modelGroup = spaceGroup(model, "model");
        SpaceGroup dataGroup = spaceGroup(data, "data");
        if (!modelGroup.pointGroup().equals(dataGroup.pointGroup())) {
            throw new DataModelMismatchException("point groups differ: model " + model.spaceGroup() + " (point group "
                    + modelGroup.pointGroup() + "), data " + data.spaceGroup() + " (point group "
                    + dataGroup.pointGroup() + ")");
        }
        if (!rotations(modelGroup).equals(rotations(dataGroup))) {
            throw new DataModelMismatchException("point group " + modelGroup.pointGroup() + " is oriented "
                    + "differently: model " + model.spaceGroup() + " and data " + data.spaceGroup()
                    + " have different rotation operators");
        }
    }

    private static Set<List<Integer>> rotations(SpaceGroup group) {
        Set<List<Integer>> set = new HashSet<>();
        for (SymOp op : group.cosetOperators()) {
            set.add(Arrays.stream(op.rotation()).boxed().toList());
        }
        return set;
    }

    private static SpaceGroup spaceGroup(UnitCell cell, String whose) throws DataModelMismatchException {
        Optional<SpaceGroup> group = SpaceGroupTable.get().find(cell.spaceGroup());
        if (group.isEmpty()) {
            throw new DataModelMismatchException("cannot compare point groups: the " + whose + "'s space group '"
                    + cell.spaceGroup() + "' is not a known Hermann-Mauguin symbol");
        }
        return group.get();
    }

    private static String describe(UnitCell cell) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f %.2f %.2f %.2f (%s)", cell.a(), cell.b(), cell.c(),
                cell.alpha(), cell.beta(), cell.gamma(), cell.spaceGroup());
    }
}
