package org.occtensor.xray.testsupport;

import java.nio.file.Path;
import java.util.ServiceLoader;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.api.ReflectionReader;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;

/**
 * The three shared datasets by name, with their model and MTZ files, and the CPU backend found through
 * ServiceLoader.
 */
public enum Datasets {
    BDW("1bdw", "1bdw_refine_001.pdb", "1bdw_refine_001.mtz"),
    K0N("3k0n", "3K0N_refine.pdb", "3K0N.mtz"),
    BR_LCLS("br_lcls", "BR_LCLS_refine_8.pdb", "BR_LCLS_refine_8.mtz");

    private final String folder;
    private final String model;
    private final String mtz;

    Datasets(String folder, String model, String mtz) {
        this.folder = folder;
        this.model = model;
        this.mtz = mtz;
    }

    public String folder() {
        return folder;
    }

    public Path file(String name) {
        return SharedData.require(folder + "/" + name);
    }

    public AtomTable atoms() {
        return PdbLines.read(file(model));
    }

    /** Reads the published MTZ file with automatic column choice, as the command line does by default. */
    public ReflectionData mtzData() throws ReflectionFileException {
        return ReflectionReader.read(file(mtz), ReflectionOptions.defaults());
    }

    public static SpaceGroup spaceGroup(AtomTable atoms) {
        return SpaceGroupTable.get().require(cell(atoms).spaceGroup());
    }

    public static CellGeometry geometry(AtomTable atoms) {
        return CellGeometry.of(cell(atoms));
    }

    private static UnitCell cell(AtomTable atoms) {
        return atoms.cell().orElseThrow(() -> new IllegalStateException(atoms.source() + " has no CRYST1 record"));
    }

    public static ComputeBackend cpuBackend() {
        for (ComputeBackend backend : ServiceLoader.load(ComputeBackend.class)) {
            if (backend.name().equals("cpu")) {
                return backend;
            }
        }
        throw new IllegalStateException("no ComputeBackend named cpu on the class path");
    }
}
