package org.occtensor.xray.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.testsupport.Datasets;
import org.occtensor.xray.testsupport.SharedData;

class DataModelCheckTest {

    /** 1bdw_refine_001.pdb, CRYST1 record. */
    private static final UnitCell ONE_BDW_MODEL = new UnitCell(20.584, 27.905, 52.040, 90, 90, 90, "P 21 21 21");

    @Test
    void modelMatchesItsData() throws Exception {
        ReflectionData data = ReflectionReader.read(SharedData.require("1bdw/1bdw_refine_001.mtz"),
                ReflectionOptions.defaults());

        assertDoesNotThrow(() -> DataModelCheck.check(ONE_BDW_MODEL, data.cell()));
    }

    @Test
    void compactDataSymbolMatches() {
        UnitCell data = new UnitCell(20.6, 27.9, 52.1, 90, 90, 90, "P212121");

        assertDoesNotThrow(() -> DataModelCheck.check(ONE_BDW_MODEL, data));
    }

    @Test
    void sameOrderDifferentScrewsPass() {
        UnitCell data = new UnitCell(20.584, 27.905, 52.040, 90, 90, 90, "P 2 2 21");

        assertDoesNotThrow(() -> DataModelCheck.check(ONE_BDW_MODEL, data));
    }

    @Test
    void lengthBeyondOnePercentNamesBothCells() {
        UnitCell data = new UnitCell(20.584, 28.3, 52.040, 90, 90, 90, "P 21 21 21");

        DataModelMismatchException e = assertThrows(DataModelMismatchException.class,
                () -> DataModelCheck.check(ONE_BDW_MODEL, data));

        assertTrue(e.getMessage().contains("cell length b differs by 1.4% (limit 1%) between the model (27.905) and "
                + "the data (28.300)"), e.getMessage());
        assertTrue(e.getMessage().contains("model cell 20.584 27.905 52.040"), e.getMessage());
        assertTrue(e.getMessage().contains("data cell 20.584 28.300 52.040"), e.getMessage());
    }

    @Test
    void namedSourcesAppearInMessages() {
        UnitCell data = new UnitCell(20.584, 27.905, 52.040, 90, 90, 90, "P 63");

        DataModelMismatchException e = assertThrows(DataModelMismatchException.class,
                () -> DataModelCheck.check(ONE_BDW_MODEL, "model.pdb", data, "data.mtz"));

        assertTrue(e.getMessage().contains("between model model.pdb (P 21 21 21, point group 222) and data data.mtz "
                + "(P 63, point group 6)"), e.getMessage());
    }

    @Test
    void modelOfOtherCrystalNamesBothFiles() throws Exception {
        AtomTable atoms = Datasets.BDW.atoms();
        ReflectionData data = ReflectionReader.read(SharedData.require("3k0n/3K0N.mtz"), ReflectionOptions.defaults());

        DataModelMismatchException e = assertThrows(DataModelMismatchException.class,
                () -> XrayModel.create(atoms, data, Datasets.cpuBackend()));

        assertTrue(e.getMessage().startsWith("cell length a differs by 52.2% (limit 1%) between model "
                + atoms.source() + " (20.584) and data " + data.source() + " (43.096)"), e.getMessage());
        assertTrue(e.getMessage().contains("3K0N.mtz"), e.getMessage());
    }

    @Test
    void angleBeyondOneDegreeIsAnError() {
        UnitCell model = new UnitCell(40, 30, 20, 90, 100, 90, "C 1 2 1");
        UnitCell data = new UnitCell(40, 30, 20, 90, 102, 90, "C 1 2 1");

        DataModelMismatchException e = assertThrows(DataModelMismatchException.class,
                () -> DataModelCheck.check(model, data));

        assertTrue(e.getMessage().contains("cell angle beta differs by 2.00 degrees (limit 1) between the model "
                + "(100.00) and the data (102.00)"), e.getMessage());
    }

    @Test
    void differentPointGroupsNameBothSymbols() {
        UnitCell model = new UnitCell(62.32, 62.32, 111.1, 90, 90, 120, "P 63");
        UnitCell data = new UnitCell(62.32, 62.32, 111.1, 90, 90, 120, "P 63 2 2");

        DataModelMismatchException e = assertThrows(DataModelMismatchException.class,
                () -> DataModelCheck.check(model, data));

        assertTrue(e.getMessage().contains("the model (P 63, point group 6)"), e.getMessage());
        assertTrue(e.getMessage().contains("the data (P 63 2 2, point group 622)"), e.getMessage());
    }

    @Test
    void trigonalOrientationsDiffer() {
        UnitCell model = new UnitCell(50, 50, 70, 90, 90, 120, "P 31 1 2");
        UnitCell data = new UnitCell(50, 50, 70, 90, 90, 120, "P 31 2 1");

        DataModelMismatchException e = assertThrows(DataModelMismatchException.class,
                () -> DataModelCheck.check(model, data));

        assertTrue(e.getMessage().contains("oriented differently in the model (P 31 1 2) and the data (P 31 2 1)"),
                e.getMessage());
    }

    @Test
    void centringDoesNotChangeThePointGroup() {
        UnitCell model = new UnitCell(40, 30, 20, 90, 100, 90, "P 1 21 1");
        UnitCell data = new UnitCell(40, 30, 20, 90, 100, 90, "C 1 2 1");

        assertDoesNotThrow(() -> DataModelCheck.check(model, data));
    }

    @Test
    void unknownSymbolIsNamed() {
        UnitCell data = new UnitCell(20.584, 27.905, 52.040, 90, 90, 90, "P 2 2 7");

        DataModelMismatchException e = assertThrows(DataModelMismatchException.class,
                () -> DataModelCheck.check(ONE_BDW_MODEL, data));

        assertTrue(e.getMessage().contains("space group 'P 2 2 7' of the data"), e.getMessage());
    }
}
