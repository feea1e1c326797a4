package org.occtensor.xray.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A gzipped tab-separated table with a header line whose first three columns are h, k, l, as in
 * {@code fcalc_gemmi_it92.tsv.gz} and {@code fmodel_cctbx.tsv.gz}.
 */
public final class ReferenceTable {

    private final List<String> header;
    private final int[] hkl;
    private final double[][] columns;

    private ReferenceTable(List<String> header, int[] hkl, double[][] columns) {
        this.header = header;
        this.hkl = hkl;
        this.columns = columns;
    }

    public static ReferenceTable read(Path path) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.US_ASCII))) {
            List<String> header = Arrays.asList(reader.readLine().split("\t"));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
            int[] hkl = new int[3 * rows.size()];
            double[][] columns = new double[header.size() - 3][rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                String[] f = rows.get(r);
                for (int i = 0; i < 3; i++) {
                    hkl[3 * r + i] = Integer.parseInt(f[i]);
                }
                for (int c = 3; c < header.size(); c++) {
                    columns[c - 3][r] = Double.parseDouble(f[c]);
                }
            }
            return new ReferenceTable(header, hkl, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return hkl.length / 3;
    }

    public int[] hkl() {
        return hkl.clone();
    }

    public double[] column(String name) {
        int index = header.indexOf(name);
        if (index < 3) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return columns[index - 3].clone();
    }
}
