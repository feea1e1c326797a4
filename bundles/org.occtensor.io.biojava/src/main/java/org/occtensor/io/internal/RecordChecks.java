package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.io.api.ModelReadException;

/** Checks on the atom records of one model that neither format's syntax enforces. */
final class RecordChecks {

    private RecordChecks() {
    }

    /** Rejects two records with the same chain, residue number, insertion code, atom name and altloc. */
    static void rejectDuplicates(Path file, List<AtomRecord> atoms) throws ModelReadException {
        Map<AtomKey, AtomRecord> seen = new HashMap<>(2 * atoms.size());
        for (AtomRecord atom : atoms) {
            AtomRecord first = seen.putIfAbsent(atom.key(), atom);
            if (first != null) {
                throw new ModelReadException(file, atom.line(), atom.label(), "duplicate atom: line " + first.line()
                        + " has the same chain, residue number, insertion code, atom name and altloc");
            }
        }
    }
}
