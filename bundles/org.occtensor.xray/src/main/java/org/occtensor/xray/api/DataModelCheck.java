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
     * Checks the model's cell and space group against the data's. Messages call the two "the model" and
     * "the data", so prefer {@link #check(UnitCell, String, UnitCell, String)}, whose messages name the files.
     *
     * @throws DataModelMismatchException naming both cells or both space groups when they differ, or the
     *                                    symbol that is not a known space group
     */
    public static void check(UnitCell model, UnitCell data) throws DataModelMismatchException {
        check(model, null, data, null);
    }

    /**
     * Checks the model's cell and space group against the data's.
     *
     * @param modelSource the model's file, named in messages; null or blank for "the model"
     * @param dataSource  the data's file, named in messages; null or blank for "the data"
     * @throws DataModelMismatchException naming both files and both cells or both space groups when they
     *                                    differ, or the symbol that is not a known space group
     */
    public static void check(UnitCell model, String modelSource, UnitCell data, String dataSource)
            throws DataModelMismatchException {
        String modelName = name("model", modelSource);
        String dataName = name("data", dataSource);
        String cells = "; model cell " + describe(model) + ", data cell " + describe(data);
        String[] lengthNames = {"a", "b", "c"};
        double[] modelLengths = {model.a(), model.b(), model.c()};
        double[] dataLengths = {data.a(), data.b(), data.c()};
        for (int i = 0; i < 3; i++) {
            double difference = Math.abs(modelLengths[i] - dataLengths[i]) / dataLengths[i];
            if (!(difference <= MAX_LENGTH_DIFFERENCE)) {
                throw new DataModelMismatchException(String.format(Locale.ROOT,
                        "cell length %s differs by %.1f%% (limit 1%%) between %s (%.3f) and %s (%.3f)%s",
                        lengthNames[i], 100 * difference, modelName, modelLengths[i], dataName, dataLengths[i],
                        cells));
            }
        }
        String[] angleNames = {"alpha", "beta", "gamma"};
        double[] modelAngles = {model.alpha(), model.beta(), model.gamma()};
        double[] dataAngles = {data.alpha(), data.beta(), data.gamma()};
        for (int i = 0; i < 3; i++) {
            double difference = Math.abs(modelAngles[i] - dataAngles[i]);
            if (!(difference <= MAX_ANGLE_DIFFERENCE)) {
                throw new DataModelMismatchException(String.format(Locale.ROOT,
                        "cell angle %s differs by %.2f degrees (limit 1) between %s (%.2f) and %s (%.2f)%s",
                        angleNames[i], difference, modelName, modelAngles[i], dataName, dataAngles[i], cells));
            }
        }

        SpaceGroup modelGroup = spaceGroup(model, modelName);
        SpaceGroup dataGroup = spaceGroup(data, dataName);
        if (!modelGroup.pointGroup().equals(dataGroup.pointGroup())) {
            throw new DataModelMismatchException("point groups differ between " + modelName + " ("
                    + model.spaceGroup() + ", point group " + modelGroup.pointGroup() + ") and " + dataName + " ("
                    + data.spaceGroup() + ", point group " + dataGroup.pointGroup() + ")");
        }
        if (!rotations(modelGroup).equals(rotations(dataGroup))) {
            throw new DataModelMismatchException("point group " + modelGroup.pointGroup() + " is oriented "
                    + "differently in " + modelName + " (" + model.spaceGroup() + ") and " + dataName + " ("
                    + data.spaceGroup() + "), because their rotation operators differ");
        }
    }

    /** Returns "model FILE" for a named source, or "the model" without one. */
    private static String name(String kind, String source) {
        return source == null || source.isBlank() ? "the " + kind : kind + " " + source;
    }

    private static Set<List<Integer>> rotations(SpaceGroup group) {
        Set<List<Integer>> set = new HashSet<>();
        for (SymOp op : group.cosetOperators()) {
            set.add(Arrays.stream(op.rotation()).boxed().toList());
        }
        return set;
    }

    private static SpaceGroup spaceGroup(UnitCell cell, String owner) throws DataModelMismatchException {
        Optional<SpaceGroup> group = SpaceGroupTable.get().find(cell.spaceGroup());
        if (group.isEmpty()) {
            throw new DataModelMismatchException("cannot compare point groups: the space group '"
                    + cell.spaceGroup() + "' of " + owner + " is not a known Hermann-Mauguin symbol");
        }
        return group.get();
    }

    private static String describe(UnitCell cell) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f %.2f %.2f %.2f (%s)", cell.a(), cell.b(), cell.c(),
                cell.alpha(), cell.beta(), cell.gamma(), cell.spaceGroup());
    }
}
