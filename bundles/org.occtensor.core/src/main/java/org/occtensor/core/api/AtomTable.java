package org.occtensor.core.api;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A model as a structure of arrays: one row per atom record, in file order.
 *
 * <p>Coordinates, B and occupancies are {@code double}. Anisotropic U is stored row-major as six
 * values per atom (U11, U22, U33, U12, U13, U23) and is {@code NaN} for isotropic atoms. The table
 * is immutable; {@link #withOccupancies(double[])} returns a copy with new occupancies.
 */
public final class AtomTable {

    private final String source;
    private final UnitCell cell;
    private final int size;
    private final int[] serial;
    private final String[] name;
    private final char[] altloc;
    private final String[] residueName;
    private final String[] chainId;
    private final int[] residueNumber;
    private final char[] insertionCode;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] occupancy;
    private final double[] bFactor;
    private final double[] anisoU;
    private final String[] element;
    private final int[] charge;
    private final boolean[] hetero;
    private final int[] model;
    private final int[] sourceLine;

    private AtomTable(Builder b, double[] occupancy) {
        this.source = b.source;
        this.cell = b.cell;
        this.size = b.size;
        this.serial = Arrays.copyOf(b.serial, size);
        this.name = Arrays.copyOf(b.name, size);
        this.altloc = Arrays.copyOf(b.altloc, size);
        this.residueName = Arrays.copyOf(b.residueName, size);
        this.chainId = Arrays.copyOf(b.chainId, size);
        this.residueNumber = Arrays.copyOf(b.residueNumber, size);
        this.insertionCode = Arrays.copyOf(b.insertionCode, size);
        this.x = Arrays.copyOf(b.x, size);
        this.y = Arrays.copyOf(b.y, size);
        this.z = Arrays.copyOf(b.z, size);
        this.occupancy = occupancy;
        this.bFactor = Arrays.copyOf(b.bFactor, size);
        this.anisoU = Arrays.copyOf(b.anisoU, 6 * size);
        this.element = Arrays.copyOf(b.element, size);
        this.charge = Arrays.copyOf(b.charge, size);
        this.hetero = Arrays.copyOf(b.hetero, size);
        this.model = Arrays.copyOf(b.model, size);
        this.sourceLine = Arrays.copyOf(b.sourceLine, size);
    }

    private AtomTable(AtomTable other, double[] occupancy) {
        this.source = other.source;
        this.cell = other.cell;
        this.size = other.size;
        this.serial = other.serial;
        this.name = other.name;
        this.altloc = other.altloc;
        this.residueName = other.residueName;
        this.chainId = other.chainId;
        this.residueNumber = other.residueNumber;
        this.insertionCode = other.insertionCode;
        this.x = other.x;
        this.y = other.y;
        this.z = other.z;
        this.occupancy = occupancy;
        this.bFactor = other.bFactor;
        this.anisoU = other.anisoU;
        this.element = other.element;
        this.charge = other.charge;
        this.hetero = other.hetero;
        this.model = other.model;
        this.sourceLine = other.sourceLine;
    }

    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Returns a copy of this table whose occupancies are {@code values} (one per atom, each in [0, 1]). */
    public AtomTable withOccupancies(double[] values) {
        if (values.length != size) {
            throw new IllegalArgumentException("expected " + size + " occupancies, got " + values.length);
        }
        for (int i = 0; i < size; i++) {
            if (!(values[i] >= 0.0 && values[i] <= 1.0)) {
                throw new IllegalArgumentException("occupancy of atom " + i + " (" + label(i)
                        + ") is " + values[i] + ", outside [0, 1]");
            }
        }
        return new AtomTable(this, values.clone());
    }

    /** File name or other description of where the model came from, for messages. */
    public String source() {
        return source;
    }

    public Optional<UnitCell> cell() {
        return Optional.ofNullable(cell);
    }

    public int size() {
        return size;
    }

    public int serial(int i) {
        return serial[i];
    }

    public String name(int i) {
        return name[i];
    }

    public char altloc(int i) {
        return altloc[i];
    }

    public boolean hasAltloc(int i) {
        return altloc[i] != ' ';
    }

    public String residueName(int i) {
        return residueName[i];
    }

    public String chainId(int i) {
        return chainId[i];
    }

    public int residueNumber(int i) {
        return residueNumber[i];
    }

    public char insertionCode(int i) {
        return insertionCode[i];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double z(int i) {
        return z[i];
    }

    public double occupancy(int i) {
        return occupancy[i];
    }

    /** Returns a copy of all occupancies in row order. */
    public double[] occupancies() {
        return occupancy.clone();
    }

    public double bFactor(int i) {
        return bFactor[i];
    }

    public boolean hasAnisoU(int i) {
        return !Double.isNaN(anisoU[6 * i]);
    }

    /** Returns U11, U22, U33, U12, U13, U23 of atom {@code i}; NaN for an isotropic atom. */
    public double[] anisoU(int i) {
        return Arrays.copyOfRange(anisoU, 6 * i, 6 * i + 6);
    }

    public String element(int i) {
        return element[i];
    }

    public int charge(int i) {
        return charge[i];
    }

    public boolean isHetero(int i) {
        return hetero[i];
    }

    public int model(int i) {
        return model[i];
    }

    /** Line (PDB) or row (mmCIF) of the record, 1-based; 0 when the table was not read from a file. */
    public int sourceLine(int i) {
        return sourceLine[i];
    }

    /** Returns a residue key that ignores the residue name: model, chain, number and insertion code. */
    public ResidueKey residueKey(int i) {
        return new ResidueKey(model[i], chainId[i], residueNumber[i], insertionCode[i]);
    }

    /** Returns a label such as {@code A/GLU 52A/CA altloc B} for messages. */
    public String label(int i) {
        StringBuilder sb = new StringBuilder();
        sb.append(chainId[i]).append('/').append(residueName[i]).append(' ').append(residueNumber[i]);
        if (insertionCode[i] != ' ') {
            sb.append(insertionCode[i]);
        }
        sb.append('/').append(name[i]);
        if (altloc[i] != ' ') {
            sb.append(" altloc ").append(altloc[i]);
        }
        return sb.toString();
    }

    /**
     * Identity of a residue: model, chain, residue number and insertion code, never the name, so
     * that a residue with GLU in altloc A and LYS in altloc B is one residue.
     */
    public record ResidueKey(int model, String chainId, int residueNumber, char insertionCode) {
        @Override
        public String toString() {
            return chainId + "/" + residueNumber + (insertionCode == ' ' ? "" : String.valueOf(insertionCode));
        }
    }

    /** Growable builder; rows are kept in the order they are added. */
    public static final class Builder {
        private final String source;
        private UnitCell cell;
        private int size;
        private int[] serial = new int[16];
        private String[] name = new String[16];
        private char[] altloc = new char[16];
        private String[] residueName = new String[16];
        private String[] chainId = new String[16];
        private int[] residueNumber = new int[16];
        private char[] insertionCode = new char[16];
        private double[] x = new double[16];
        private double[] y = new double[16];
        private double[] z = new double[16];
        private double[] occupancy = new double[16];
        private double[] bFactor = new double[16];
        private double[] anisoU = new double[96];
        private String[] element = new String[16];
        private int[] charge = new int[16];
        private boolean[] hetero = new boolean[16];
        private int[] model = new int[16];
        private int[] sourceLine = new int[16];

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder cell(UnitCell value) {
            this.cell = value;
            return this;
        }

        public Builder add(Atom atom) {
            if (size == serial.length) {
                grow();
            }
            int i = size++;
            serial[i] = atom.serial();
            name[i] = atom.name();
            altloc[i] = atom.altloc();
            residueName[i] = atom.residueName();
            chainId[i] = atom.chainId();
            residueNumber[i] = atom.residueNumber();
            insertionCode[i] = atom.insertionCode();
            x[i] = atom.x();
            y[i] = atom.y();
            z[i] = atom.z();
            occupancy[i] = atom.occupancy();
            bFactor[i] = atom.bFactor();
            double[] u = atom.anisoU();
            for (int k = 0; k < 6; k++) {
                anisoU[6 * i + k] = u == null ? Double.NaN : u[k];
            }
            element[i] = atom.element();
            charge[i] = atom.charge();
            hetero[i] = atom.hetero();
            model[i] = atom.model();
            sourceLine[i] = atom.sourceLine();
            return this;
        }

        public int size() {
            return size;
        }

        public AtomTable build() {
            return new AtomTable(this, Arrays.copyOf(occupancy, size));
        }

        private void grow() {
            int n = serial.length * 2;
            serial = Arrays.copyOf(serial, n);
            name = Arrays.copyOf(name, n);
            altloc = Arrays.copyOf(altloc, n);
            residueName = Arrays.copyOf(residueName, n);
            chainId = Arrays.copyOf(chainId, n);
            residueNumber = Arrays.copyOf(residueNumber, n);
            insertionCode = Arrays.copyOf(insertionCode, n);
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            z = Arrays.copyOf(z, n);
            occupancy = Arrays.copyOf(occupancy, n);
            bFactor = Arrays.copyOf(bFactor, n);
            anisoU = Arrays.copyOf(anisoU, 6 * n);
            element = Arrays.copyOf(element, n);
            charge = Arrays.copyOf(charge, n);
            hetero = Arrays.copyOf(hetero, n);
            model = Arrays.copyOf(model, n);
            sourceLine = Arrays.copyOf(sourceLine, n);
        }
    }
}
