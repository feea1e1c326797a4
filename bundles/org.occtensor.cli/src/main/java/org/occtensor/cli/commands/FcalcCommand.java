package org.occtensor.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.occtensor.refine.api.OutputPaths;
import org.occtensor.xray.api.MtzColumn;
import org.occtensor.xray.api.MtzWriter;
import org.occtensor.xray.api.StructureFactorArrays;
import org.occtensor.xray.api.XrayModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes calculated structure factors, without and with bulk solvent and scales, as an MTZ file. */
@Command(name = "fcalc", mixinStandardHelpOptions = true,
        description = {"Writes H, K, L, FC, PHIC, FMODEL and PHIFMODEL for the reflections of DATA as an MTZ file.",
                "FC is the structure factor of the atoms alone: no bulk solvent and no scale factor, so it is on "
                        + "the absolute scale, not the scale of the observed amplitudes.",
                "FMODEL adds bulk solvent and applies the overall, per-bin isotropic and anisotropic scales fitted "
                        + "to DATA, so it is on the scale of the observed amplitudes. R-work and R-free computed "
                        + "from FMODEL match the ones model-vs-data reports."})
final class FcalcCommand implements Callable<Integer> {

    private final CommandContext context;

    @Mixin
    DataArguments input;

    @Mixin
    BackendArguments backend;

    @Option(names = "--out", required = true, paramLabel = "FILE.mtz", description = "Output MTZ file.")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    FcalcCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        OutputPaths.check(List.of(out), overwrite);
        DataArguments.Loaded loaded = input.load();
        XrayModel xray = XrayModel.create(loaded.atoms(), loaded.data(), backend.select(context.registry()).backend());
        xray.updateSolventAndScales(loaded.atoms().occupancies());
        StructureFactorArrays fc = xray.fcalc();
        StructureFactorArrays fm = xray.fmodel();
        MtzWriter.write(out, xray.cell(), fc.hkl(), List.of(
                new MtzColumn("FC", 'F', amplitudes(fc)), new MtzColumn("PHIC", 'P', phases(fc)),
                new MtzColumn("FMODEL", 'F', amplitudes(fm)), new MtzColumn("PHIFMODEL", 'P', phases(fm))));
        context.out().printf("wrote %d reflections to %s%n", fc.size(), out);
        return 0;
    }

    private static float[] amplitudes(StructureFactorArrays f) {
        float[] values = new float[f.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = (float) f.amplitude(r);
        }
        return values;
    }

    private static float[] phases(StructureFactorArrays f) {
        float[] values = new float[f.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = (float) f.phaseDegrees(r);
        }
        return values;
    }
}
