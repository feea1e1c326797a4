package org.occtensor.refine.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small synthetic model for the demo: a 24-residue chain in a P 21 21 21 cell with three residues
 * in two side-chain conformations, a ligand at partial occupancy and a few waters.
 *
 * <p>Coordinates are built on a helix-like path, not refined geometry: enough to give distinct,
 * non-overlapping scatterers whose occupancies the data can determine.
 */
public final class DemoModel {

    /** Cell edges in angstrom. */
    static final double A = 34.0;
    static final double B = 38.0;
    static final double C = 42.0;
    static final int RESIDUES = 24;

    /** One split residue: its number and the true occupancy of conformer A (B gets the rest). */
    public record Split(int residue, double trueOccupancyA) {
    }

    /** Residues in two conformations and the occupancy of their A conformer in the "true" model. */
    public static final List<Split> SPLITS = List.of(new Split(5, 0.70), new Split(12, 0.25), new Split(19, 0.60));

    /** True occupancy of the ligand, which the demo starts at 0.8. */
    public static final double TRUE_LIGAND_OCCUPANCY = 0.55;

    private static final String[] NAMES = {"LEU", "GLU", "LYS", "SER", "VAL", "ARG"};

    private DemoModel() {
    }

    /**
     * Writes the model as PDB text. With {@code truth} the occupancies are the true ones; without,
     * every split starts at 0.5/0.5 and the ligand at 0.8.
     */
    public static String pdb(boolean truth) {
        StringBuilder out = new StringBuilder();
        out.append("REMARK   1 OCCTENSOR DEMO MODEL: SYNTHETIC COORDINATES, ").append(truth ? "TRUE" : "STARTING")
                .append(" OCCUPANCIES\n");
        out.append(String.format(Locale.ROOT, "CRYST1%9.3f%9.3f%9.3f%7.2f%7.2f%7.2f %-11s%4d%n", A, B, C, 90.0, 90.0,
                90.0, "P 21 21 21", 4));
        List<String> atoms = new ArrayList<>();
        for (int r = 1; r <= RESIDUES; r++) {
            residue(atoms, r, truth);
        }
        ligand(atoms, truth);
        waters(atoms);
        int serial = 1;
        for (String line : atoms) {
            out.append(String.format(Locale.ROOT, line, serial++)).append('\n');
        }
        out.append("END\n");
        return out.toString();
    }

    private static void residue(List<String> atoms, int r, boolean truth) {
        double angle = r * 100.0 * Math.PI / 180.0;
        double cx = 17.0 + 6.0 * Math.cos(angle);
        double cy = 19.0 + 6.0 * Math.sin(angle);
        double cz = 6.0 + 1.5 * r;
        String name = NAMES[r % NAMES.length];
        atoms.add(atom("ATOM", "N", ' ', name, r, cx - 1.2, cy + 0.3, cz - 0.5, 1.0, 15.0, "N"));
        atoms.add(atom("ATOM", "CA", ' ', name, r, cx, cy, cz, 1.0, 15.0, "C"));
        atoms.add(atom("ATOM", "C", ' ', name, r, cx + 1.2, cy + 0.4, cz + 0.6, 1.0, 15.0, "C"));
        atoms.add(atom("ATOM", "O", ' ', name, r, cx + 1.4, cy + 1.5, cz + 1.1, 1.0, 16.0, "O"));
        double ox = Math.cos(angle);
        double oy = Math.sin(angle);
        Split split = SPLITS.stream().filter(s -> s.residue() == r).findFirst().orElse(null);
        if (split == null) {
            sideChain(atoms, name, r, ' ', cx, cy, cz, ox, oy, 0.0, 1.0);
            return;
        }
        double a = truth ? split.trueOccupancyA() : 0.5;
        sideChain(atoms, name, r, 'A', cx, cy, cz, ox, oy, 1.3, a);
        sideChain(atoms, name, r, 'B', cx, cy, cz, ox, oy, -1.3, 1.0 - a);
    }

    /** Three side-chain atoms pointing outwards from the helix axis, swung by {@code twist} angstrom. */
    private static void sideChain(List<String> atoms, String name, int r, char altloc, double cx, double cy,
                                  double cz, double ox, double oy, double twist, double occupancy) {
        String[] names = {"CB", "CG", "CD"};
        for (int k = 0; k < names.length; k++) {
            double reach = 1.5 * (k + 1);
            double x = cx + reach * ox - twist * oy * (k + 1) / 2.0;
            double y = cy + reach * oy + twist * ox * (k + 1) / 2.0;
            double z = cz - 0.4 * k;
            atoms.add(atom("ATOM", names[k], altloc, name, r, x, y, z, occupancy, 18.0 + 3 * k, "C"));
        }
    }

    private static void ligand(List<String> atoms, boolean truth) {
        double occupancy = truth ? TRUE_LIGAND_OCCUPANCY : 0.8;
        double[][] sites = {{25.0, 30.0, 30.0}, {26.4, 30.0, 30.0}, {24.3, 31.2, 30.0}, {24.3, 28.8, 30.0},
                {25.0, 30.0, 31.4}};
        String[] names = {"S", "O1", "O2", "O3", "O4"};
        for (int k = 0; k < sites.length; k++) {
            atoms.add(atom("HETATM", names[k], ' ', "SO4", 101, sites[k][0], sites[k][1], sites[k][2], occupancy, 20.0,
                    k == 0 ? "S" : "O"));
        }
    }

    private static void waters(List<String> atoms) {
        double[][] sites = {{8.0, 8.0, 12.0}, {28.0, 10.0, 18.0}, {10.0, 30.0, 26.0}, {29.0, 31.0, 12.0},
                {5.0, 20.0, 36.0}, {30.0, 20.0, 38.0}};
        for (int k = 0; k < sites.length; k++) {
            atoms.add(atom("HETATM", "O", ' ', "HOH", 201 + k, sites[k][0], sites[k][1], sites[k][2], 1.0, 25.0, "O"));
        }
    }

    /** Returns an ATOM/HETATM line with a %5d placeholder for the serial number. */
    private static String atom(String record, String name, char altloc, String residue, int number, double x,
                               double y, double z, double occupancy, double b, String element) {
        String field = name.length() < 4 ? " " + name : name;
        return String.format(Locale.ROOT, "%-6s%%5d %-4s%c%3s A%4d    %8.3f%8.3f%8.3f%6.2f%6.2f          %2s  ",
                record, field, altloc, residue, number, x, y, z, occupancy, b, element);
    }
}
