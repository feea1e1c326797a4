package org.occtensor.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.biojava.nbio.structure.Structure;
import org.biojava.nbio.structure.chem.ChemCompGroupFactory;
import org.biojava.nbio.structure.chem.ChemCompProvider;
import org.biojava.nbio.structure.chem.ReducedChemCompProvider;
import org.biojava.nbio.structure.io.FileParsingParameters;
import org.biojava.nbio.structure.io.PDBFileParser;
import org.biojava.nbio.structure.io.cif.CifStructureConverter;
import org.occtensor.io.api.ModelReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs BioJava 7.2.2 on a model without any network access.
 *
 * <p>BioJava looks up a chemical component for every residue it builds, through a process-wide
 * provider whose default ({@code DownloadChemCompProvider}) fetches definitions from the RCSB.
 * {@link #useLocalChemComps()} replaces it with {@link ReducedChemCompProvider}, which reads only
 * the definitions bundled in the BioJava jar and returns an empty component for any other
 * residue. It runs before every parse because any code in the process may set the provider.
 */
final class BioJavaParser {

    private static final Logger LOG = LoggerFactory.getLogger(BioJavaParser.class);

    private BioJavaParser() {
    }

    /** Installs the jar-only chemical component provider unless it is already installed. */
    static synchronized void useLocalChemComps() {
        ChemCompProvider current = ChemCompGroupFactory.getChemCompProvider();
        if (!(current instanceof ReducedChemCompProvider)) {
            LOG.debug("Replacing BioJava chemical component provider {} with ReducedChemCompProvider",
                    current.getClass().getName());
            ChemCompGroupFactory.setChemCompProvider(new ReducedChemCompProvider());
        }
    }

    /**
     * Returns parameters that keep BioJava local and complete: no SEQRES alignment, bonds, charges
     * from chemical components, secondary structure or assemblies, and no switch to CA-only
     * parsing for large files.
     */
    static FileParsingParameters parameters() {
        FileParsingParameters parameters = new FileParsingParameters();
        parameters.setAlignSeqRes(false);
        parameters.setCreateAtomBonds(false);
        parameters.setCreateAtomCharges(false);
        parameters.setParseSecStruc(false);
        parameters.setParseBioAssembly(false);
        parameters.setParseCAOnly(false);
        parameters.setHeaderOnly(false);
        parameters.setMaxAtoms(Integer.MAX_VALUE);
        parameters.setAtomCaThreshold(Integer.MAX_VALUE);
        return parameters;
    }

    static Structure parsePdb(Path file, byte[] content) throws ModelReadException {
        useLocalChemComps();
        PDBFileParser parser = new PDBFileParser();
        parser.setFileParsingParameters(parameters());
        try (InputStream in = new ByteArrayInputStream(content)) {
            return parser.parsePDBFile(in);
        } catch (IOException | RuntimeException e) {
            throw failure(file, e);
        }
    }

    /** Parses an mmCIF text (ASCII or ISO-8859-1, as the scanners see it). */
    static Structure parseCif(Path file, String cifText) throws ModelReadException {
        useLocalChemComps();
        try (InputStream in = new ByteArrayInputStream(cifText.getBytes(StandardCharsets.ISO_8859_1))) {
            return CifStructureConverter.fromInputStream(in, parameters());
        } catch (IOException | RuntimeException e) {
            throw failure(file, e);
        }
    }

    private static ModelReadException failure(Path file, Exception e) {
        return new ModelReadException(file, 0, null, "BioJava failed to parse the file: " + e, e);
    }
}
