package org.occtensor.io.api;

/** Coordinate file formats that {@link ModelReader} reads and {@link ModelWriter} writes. */
public enum ModelFormat {
    /** Fixed-column PDB format (wwPDB format version 3.3). */
    PDB,
    /** PDBx/mmCIF, the CIF 1.1 syntax with the PDBx dictionary. */
    MMCIF
}
