package org.occtensor.xray.data;

/**
 * One dataset of an MTZ header (PROJECT, CRYSTAL, DATASET, DCELL and DWAVEL records of one id).
 *
 * @param id         dataset id
 * @param project    project name
 * @param crystal    crystal name
 * @param name       dataset name
 * @param cell       a, b, c (angstrom), alpha, beta, gamma (degrees) from DCELL, or null when absent or zero
 * @param wavelength wavelength in angstrom from DWAVEL, 0 when absent
 */
public record MtzDataset(int id, String project, String crystal, String name, double[] cell, double wavelength) {

    MtzDataset withProject(String value) {
        return new MtzDataset(id, value, crystal, name, cell, wavelength);
    }

    MtzDataset withCrystal(String value) {
        return new MtzDataset(id, project, value, name, cell, wavelength);
    }

    MtzDataset withName(String value) {
        return new MtzDataset(id, project, crystal, value, cell, wavelength);
    }

    MtzDataset withCell(double[] value) {
        return new MtzDataset(id, project, crystal, name, value, wavelength);
    }

    MtzDataset withWavelength(double value) {
        return new MtzDataset(id, project, crystal, name, cell, value);
    }
}
