package org.occtensor.cli.commands;

import java.nio.file.Path;

import org.occtensor.core.api.AtomTable;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ReadOptions;
import org.occtensor.xray.api.DataModelCheck;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.api.ReflectionReader;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** MODEL and DATA arguments with the column choice, read and checked against each other. */
public final class DataArguments {

    @Parameters(index = "0", paramLabel = "MODEL", description = "PDB or mmCIF model (plain or gzip).")
    Path model;

    @Parameters(index = "1", paramLabel = "DATA", description = "MTZ or structure-factor mmCIF file.")
    Path data;

    @Option(names = "--labels", paramLabel = "F,SIGF[,FREE]",
            description = "Data columns to use instead of the automatic choice.")
    String labels;

    @Option(names = "--model", paramLabel = "N",
            description = "Model number to read from a multi-model file (default: the first model).")
    int modelNumber = ReadOptions.FIRST_MODEL;

    @Option(names = "--clamp-occupancies",
            description = "Clamp model occupancies outside [0, 1] to the nearest bound with a warning.")
    boolean clampOccupancies;

    /** A model and its data, with matching cells. */
    record Loaded(AtomTable atoms, ReflectionData data) {
    }

    Loaded load() throws Exception {
        AtomTable atoms = new ModelReader().read(model,
                ReadOptions.defaults().withModel(modelNumber).withClampOccupancy(clampOccupancies)).atoms();
        ReflectionOptions options = labels == null ? ReflectionOptions.defaults()
                : ReflectionOptions.defaults().withLabels(labels);
        ReflectionData reflections = ReflectionReader.read(data, options);
        if (atoms.cell().isEmpty()) {
            throw new UserInputException(model + ": the model has no unit cell (CRYST1 or _cell)");
        }
        DataModelCheck.check(atoms.cell().get(), model.toString(), reflections.cell(), data.toString());
        return new Loaded(atoms, reflections);
    }
}
