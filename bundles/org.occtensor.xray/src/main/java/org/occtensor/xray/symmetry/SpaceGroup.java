package org.occtensor.xray.symmetry;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.core.spi.SymmetryOperators;

/**
 * One setting of a space group: its symbols, point group, Laue class and operators, with the
 * reciprocal-space properties derived from them (centric reflections, epsilon factors, systematic
 * absences, the asymmetric unit).
 *
 * <p>Operators are kept as coset representatives ({@link #cosetOperators()}, one per rotation of the
 * point group) plus centring translations; {@link #operators()} is their full product. Instances come
 * from {@link SpaceGroupTable}.
 */
public final class SpaceGroup {

    private final int number;
    private final int ccp4Number;
    private final String hermannMauguin;
    private final String extension;
    private final String extendedHermannMauguin;
    private final String shortName;
    private final String hall;
    private final boolean referenceSetting;
    private final String pointGroup;
    private final String laueClass;
    private final String crystalSystem;
    private final List<SymOp> cosetOperators;
    private final List<int[]> centrings;
    private final List<SymOp> operators;
    private final ReciprocalAsu asu;

    SpaceGroup(int number, int ccp4Number, String hermannMauguin, String extension, String extendedHermannMauguin,
               String shortName, String hall, boolean referenceSetting, String pointGroup, String laueClass,
               String crystalSystem, List<SymOp> cosetOperators, List<int[]> centrings, AsuCondition asuCondition) {
        this.number = number;
        this.ccp4Number = ccp4Number;
        this.hermannMauguin = hermannMauguin;
        this.extension = extension;
        this.extendedHermannMauguin = extendedHermannMauguin;
        this.shortName = shortName;
        this.hall = hall;
        this.referenceSetting = referenceSetting;
        this.pointGroup = pointGroup;
        this.laueClass = laueClass;
        this.crystalSystem = crystalSystem;
        this.cosetOperators = List.copyOf(cosetOperators);
        this.centrings = centrings.stream().map(int[]::clone).toList();
        List<SymOp> all = new ArrayList<>();
        for (int[] centring : this.centrings) {
            for (SymOp op : this.cosetOperators) {
                all.add(op.plusTranslation(centring));
            }
        }
        this.operators = List.copyOf(all);
        this.asu = new ReciprocalAsu(this.cosetOperators, asuCondition);
    }

    /** Returns the space group P 1 (identity only), the target of a P1 expansion. */
    public static SpaceGroup p1() {
        return SpaceGroupTable.get().byNumber(1);
    }

    /** International Tables number, 1 to 230. */
    public int number() {
        return number;
    }

    /** CCP4 space-group number of this setting (0 when CCP4 has none). */
    public int ccp4Number() {
        return ccp4Number;
    }

    /** Full Hermann-Mauguin symbol without the origin or axes extension ("P 1 21 1", "R 3"). */
    public String hermannMauguin() {
        return hermannMauguin;
    }

    /** Extended symbol with the origin choice or axes ("R 3:H", "P n n n:2"); equals the H-M symbol when there is none. */
    public String extendedHermannMauguin() {
        return extendedHermannMauguin;
    }

    /** Origin choice ('1', '2') or axes ('H', 'R'); empty when the group has only one setting of this kind. */
    public String extension() {
        return extension;
    }

    /** Short symbol without spaces ("P21", "H3"). */
    public String shortName() {
        return shortName;
    }

    public String hall() {
        return hall;
    }

    /** True for the reference setting of the space-group type, the one the asymmetric-unit rules are written for. */
    public boolean isReferenceSetting() {
        return referenceSetting;
    }

    /** Point group in short H-M form ("222", "6", "2/m", "321"). */
    public String pointGroup() {
        return pointGroup;
    }

    /** Laue class ("mmm", "6/m", "-3m"). */
    public String laueClass() {
        return laueClass;
    }

    public String crystalSystem() {
        return crystalSystem;
    }

    /** Operators without centring, one per point-group rotation. */
    public List<SymOp> cosetOperators() {
        return cosetOperators;
    }

    /** Centring translations in 1/24 of a cell edge; the first is (0, 0, 0). */
    public List<int[]> centrings() {
        return centrings.stream().map(int[]::clone).toList();
    }

    public int centringCount() {
        return centrings.size();
    }

    /** Every operator: each coset representative combined with each centring translation. */
    public List<SymOp> operators() {
        return operators;
    }

    /** Number of operators, {@code cosetOperators().size() * centringCount()}. */
    public int order() {
        return operators.size();
    }

    public ReciprocalAsu asu() {
        return asu;
    }

    /** True when an operator's rotation is the inversion, so every reflection is centric. */
    public boolean isCentrosymmetric() {
        for (SymOp op : cosetOperators) {
            if (isMinusIdentity(op)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the operators as the structure-factor kernels take them (every operator, centring included). */
    public SymmetryOperators symmetryOperators() {
        int n = operators.size();
        int[] rotations = new int[9 * n];
        double[] translations = new double[3 * n];
        for (int i = 0; i < n; i++) {
            SymOp op = operators.get(i);
            System.arraycopy(op.rotation(), 0, rotations, 9 * i, 9);
            System.arraycopy(op.translation(), 0, translations, 3 * i, 3);
        }
        return new SymmetryOperators(n, rotations, translations);
    }

    /** True when some rotation maps h onto -h (the phase is restricted to two values). */
    public boolean isCentric(int h, int k, int l) {
        for (SymOp op : cosetOperators) {
            int[] image = op.applyToIndex(h, k, l);
            if (image[0] == -h && image[1] == -k && image[2] == -l) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the epsilon factor: the number of point-group rotations that leave h unchanged, without
     * the centring multiplicity (as used for intensity statistics and likelihood targets).
     */
    public int epsilon(int h, int k, int l) {
        int count = 0;
        for (SymOp op : cosetOperators) {
            int[] image = op.applyToIndex(h, k, l);
            if (image[0] == h && image[1] == k && image[2] == l) {
                count++;
            }
        }
        return count;
    }

    /** True when the operators force F(h) = 0 (an operator fixes h but shifts its phase). */
    public boolean isSystematicallyAbsent(int h, int k, int l) {
        for (SymOp op : operators) {
            int[] image = op.applyToIndex(h, k, l);
            if (image[0] == h && image[1] == k && image[2] == l
                    && Math.floorMod(op.phaseShiftNumerator(h, k, l), SymOp.DENOMINATOR) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMinusIdentity(SymOp op) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (op.rotation(i, j) != (i == j ? -1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return extendedHermannMauguin + " (" + number + ")";
    }
}
