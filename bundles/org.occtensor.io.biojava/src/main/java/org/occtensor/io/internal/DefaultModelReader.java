package org.occtensor.io.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.biojava.nbio.structure.Structure;
import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelFormat;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a model in three steps: a scanner validates the records and keeps their exact values and
 * positions, BioJava parses the same records, and {@link StructureMatcher} checks that both agree
 * atom for atom before the table is built.
 *
 * <p>The table takes coordinates, occupancy, B, charge, ANISOU and the HETATM flag from the
 * scanner, because BioJava 7.2.2 keeps occupancy and B as float and reads neither charges nor
 * ANISOU records. The element comes from the file when it is written there and from BioJava
 * otherwise.
 */
public final class DefaultModelReader {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultModelReader.class);

    public ModelFile read(Path file, ReadOptions options) throws ModelReadException, IOException {
        ModelContent content = ModelContent.load(file);
        String text = content.text();
        ModelFormat format = FormatDetector.detect(file, text);
        Warnings warnings = new Warnings(file);

        ModelScan scan;
        Structure structure;
        if (format == ModelFormat.PDB) {
            scan = new PdbScanner(file, text, options, warnings).scan();
            structure = BioJavaParser.parsePdb(file, content.bytes());
        } else {
            CifModelScan cifScan = new CifScanner(file, text, options, warnings).scan();
            scan = cifScan.scan();
            structure = BioJavaParser.parseCif(file, cifScan.atomSiteDocument());
        }
        String[] bioJavaElements = StructureMatcher.match(file, structure, scan.modelOrdinal(), scan.atoms());
        AtomTable table = buildTable(file, scan, bioJavaElements);

        List<String> messages = warnings.messages();
        LOG.info("Read {} atoms of model {} from {} ({}{}, {} warnings)", table.size(), scan.model(), file, format,
                content.gzipped() ? ", gzip" : "", messages.size());
        return new ModelFile(file, format, content.gzipped(), scan.model(), table, messages, content.bytes());
    }

    public static ModelFormat detectFormat(Path file) throws ModelReadException, IOException {
        ModelContent content = ModelContent.load(file);
        return FormatDetector.detect(file, content.text());
    }

    private static AtomTable buildTable(Path file, ModelScan scan, String[] bioJavaElements) {
        AtomTable.Builder builder = AtomTable.builder(file.toString()).cell(scan.cell());
        List<AtomRecord> records = scan.atoms();
        for (int i = 0; i < records.size(); i++) {
            AtomRecord r = records.get(i);
            String element = r.element().isEmpty() ? bioJavaElements[i] : r.element();
            builder.add(new Atom(r.serial(), r.name(), r.altloc(), r.residueName(), r.chainId(), r.residueNumber(),
                    r.insertionCode(), r.x(), r.y(), r.z(), r.occupancy(), r.bFactor(), element, r.charge(),
                    r.hetero(), r.model(), r.anisoU(), r.line()));
        }
        return builder.build();
    }
}
