package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.biojava.nbio.structure.Atom;
import org.biojava.nbio.structure.Chain;
import org.biojava.nbio.structure.Element;
import org.biojava.nbio.structure.Group;
import org.biojava.nbio.structure.ResidueNumber;
import org.biojava.nbio.structure.Structure;

/**
 * Maps the atoms of a BioJava structure back to the file's records, one to one.
 *
 * <p>BioJava keeps altloc A in the main group and puts copies of the atoms without altloc into
 * every other alternate-location group, sometimes under the residue name of another altloc. The
 * copies share chain, residue number, insertion code, name and altloc with their original, so
 * each distinct {@link AtomKey} is one record. A BioJava atom that matches no record, a record
 * that no BioJava atom matches, or coordinates that disagree break the one-to-one mapping and are
 * reported as {@link IllegalStateException}.
 */
final class StructureMatcher {

    /** Largest accepted difference between BioJava's and the scanner's coordinates, in angstrom. */
    private static final double COORDINATE_TOLERANCE = 1.0e-6;
    /** BioJava stores occupancy as float; this covers its rounding of values up to 1. */
    private static final double OCCUPANCY_TOLERANCE = 1.0e-6;

    private StructureMatcher() {
    }

    /**
     * Returns BioJava's element symbol (upper case) for each record, in record order.
     *
     * @param modelIndex 0-based index of the model in {@code structure}
     */
    static String[] match(Path file, Structure structure, int modelIndex, List<AtomRecord> records) {
        if (modelIndex < 0 || modelIndex >= structure.nrModels()) {
            throw new IllegalStateException("BioJava built " + structure.nrModels() + " models from " + file
                    + ", but model index " + modelIndex + " was expected");
        }
        Map<AtomKey, Integer> rowByKey = new HashMap<>(2 * records.size());
        for (int i = 0; i < records.size(); i++) {
            rowByKey.put(records.get(i).key(), i);
        }

        String[] elements = new String[records.size()];
        int matched = 0;
        for (Atom atom : atomsOf(structure, modelIndex)) {
            AtomKey key = keyOf(atom);
            Integer row = rowByKey.get(key);
            if (row == null) {
                throw new IllegalStateException("BioJava returned atom "
                        + PrintableText.escape(key.label(atom.getGroup().getPDBName()))
                        + " from " + file + ", but no record of the model has that identity");
            }
            AtomRecord record = records.get(row);
            checkValues(file, atom, record);
            if (elements[row] == null) {
                elements[row] = elementOf(atom);
                matched++;
            }
        }

        if (matched != records.size()) {
            throw new IllegalStateException("BioJava returned " + matched + " distinct atoms for " + file
                    + ", but the model has " + records.size() + " ATOM/HETATM records; first missing: "
                    + firstMissing(records, elements));
        }
        return elements;
    }

    /** Returns the atoms of every group and alternate-location group, copies included. */
    private static List<Atom> atomsOf(Structure structure, int modelIndex) {
        List<Atom> atoms = new ArrayList<>();
        for (Chain chain : structure.getChains(modelIndex)) {
            for (Group group : chain.getAtomGroups()) {
                atoms.addAll(group.getAtoms());
                for (Group alternate : group.getAltLocs()) {
                    atoms.addAll(alternate.getAtoms());
                }
            }
        }
        return atoms;
    }

    private static AtomKey keyOf(Atom atom) {
        ResidueNumber number = atom.getGroup().getResidueNumber();
        Character insertionCode = number.getInsCode();
        Character altloc = atom.getAltLoc();
        return new AtomKey(number.getChainName().strip(), number.getSeqNum(),
                insertionCode == null ? ' ' : insertionCode, atom.getName().strip(),
                altloc == null ? ' ' : altloc);
    }

    private static void checkValues(Path file, Atom atom, AtomRecord record) {
        boolean coordinatesAgree = Math.abs(atom.getX() - record.x()) <= COORDINATE_TOLERANCE
                && Math.abs(atom.getY() - record.y()) <= COORDINATE_TOLERANCE
                && Math.abs(atom.getZ() - record.z()) <= COORDINATE_TOLERANCE;
        boolean occupancyAgrees = Double.isNaN(record.fileOccupancy())
                || Math.abs(atom.getOccupancy() - record.fileOccupancy()) <= OCCUPANCY_TOLERANCE;
        if (!coordinatesAgree || !occupancyAgrees) {
            throw new IllegalStateException("BioJava's atom " + PrintableText.escape(record.label()) + " from " + file
                    + " (x, y, z, occupancy = " + atom.getX() + ", " + atom.getY() + ", " + atom.getZ() + ", " + atom.getOccupancy()
                    + ") differs from line " + record.line() + " (" + record.x() + ", " + record.y() + ", "
                    + record.z() + ", " + record.fileOccupancy() + ")");
        }
    }

    private static String elementOf(Atom atom) {
        Element element = atom.getElement();
        return element == null ? "" : element.name().toUpperCase(Locale.ROOT);
    }

    private static String firstMissing(List<AtomRecord> records, String[] elements) {
        for (int i = 0; i < records.size(); i++) {
            if (elements[i] == null) {
                return "line " + records.get(i).line() + " (" + PrintableText.escape(records.get(i).label()) + ")";
            }
        }
        return "none";
    }
}
