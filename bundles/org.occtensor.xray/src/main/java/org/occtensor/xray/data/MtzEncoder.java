package org.occtensor.xray.data;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.api.MtzColumn;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;
import org.occtensor.xray.symmetry.SymOp;

/**
 * Encodes a merged MTZ file: the 80-byte first block, the float32 reflection table and the header
 * records, in little-endian order with the matching machine stamp (0x44 0x41 0x00 0x00). Two
 * datasets are declared as CCP4 programs expect: 0 "HKL_base" for H, K, L and 1 for the data.
 */
public final class MtzEncoder {

    private MtzEncoder() {
    }

    public static byte[] encode(UnitCell cell, int[] hkl, List<MtzColumn> columns) {
        int rows = hkl.length / 3;
        if (hkl.length != 3 * rows) {
            throw new IllegalArgumentException("hkl length " + hkl.length + " is not a multiple of 3");
        }
        for (MtzColumn column : columns) {
            if (column.values().length != rows) {
                throw new IllegalArgumentException("column " + column.label() + " has " + column.values().length
                        + " values for " + rows + " reflections");
            }
        }
        SpaceGroup group = SpaceGroupTable.get().require(cell.spaceGroup());

        int columnCount = 3 + columns.size();
        long headerWord = 21L + (long) columnCount * rows;
        if (4 * headerWord > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(rows + " reflections x " + columnCount
                    + " columns exceed the 2 GiB this writer supports");
        }
        ByteBuffer table = ByteBuffer.allocate(MtzParser.FIRST_DATA_BYTE + 4 * columnCount * rows)
                .order(ByteOrder.LITTLE_ENDIAN);
        table.put("MTZ ".getBytes(StandardCharsets.US_ASCII));
        table.putInt(4, (int) headerWord);
        table.put(8, (byte) 0x44).put(9, (byte) 0x41);
        table.position(MtzParser.FIRST_DATA_BYTE);
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < 3; i++) {
                table.putFloat(hkl[3 * r + i]);
            }
            for (MtzColumn column : columns) {
                table.putFloat(column.values()[r]);
            }
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(table.array());
        for (String record : headerRecords(cell, group, hkl, columns)) {
            out.writeBytes(pad(record));
        }
        return out.toByteArray();
    }

    static List<String> headerRecords(UnitCell cell, SpaceGroup group, int[] hkl, List<MtzColumn> columns) {
        int rows = hkl.length / 3;
        List<String> records = new ArrayList<>();
        records.add("VERS MTZ:V1.1");
        records.add("TITLE OccTensor");
        records.add(format("NCOL %8d %12d %8d", 3 + columns.size(), rows, 0));
        records.add(format("CELL  %s", cellText(cell)));
        records.add("SORT    0   0   0   0   0");
        records.add(syminf(group));
        for (SymOp op : group.operators()) {
            records.add("SYMM " + String.join(",  ", op.triplet().toUpperCase(Locale.ROOT).split(",")));
        }
        double[] range = resolutionRange(cell, hkl);
        records.add(format("RESO %-20.12f %-20.12f", range[0], range[1]));
        records.add("VALM NAN");
        String[] indexLabels = {"H", "K", "L"};
        for (int i = 0; i < 3; i++) {
            double[] minMax = indexRange(hkl, i);
            records.add(columnRecord(indexLabels[i], 'H', minMax, 0));
        }
        for (MtzColumn column : columns) {
            records.add(columnRecord(column.label(), column.type(), range(column.values()), 1));
        }
        records.add(format("NDIF %8d", 2));
        addDataset(records, 0, "HKL_base", cell);
        addDataset(records, 1, "OccTensor", cell);
        records.add("END");
        records.add("MTZENDOFHEADERS");
        return records;
    }

    /**
     * Returns the SYMINF record: operator counts, lattice letter, CCP4 number, name and point group.
     * Rhombohedral groups on hexagonal axes are named with lattice letter H ("H 3"), as CCP4 does.
     */
    private static String syminf(SpaceGroup group) {
        String name = group.hermannMauguin();
        if (name.startsWith("R") && group.extension().equals("H")) {
            name = "H" + name.substring(1);
        }
        char lattice = name.charAt(0);
        return format("SYMINF %3d %2d %c %5d %22s PG%s", group.order(), group.cosetOperators().size(), lattice,
                group.ccp4Number(), "'" + name + "'", group.pointGroup());
    }

    private static void addDataset(List<String> records, int id, String name, UnitCell cell) {
        records.add(format("PROJECT %7d %s", id, name));
        records.add(format("CRYSTAL %7d %s", id, name));
        records.add(format("DATASET %7d %s", id, name));
        records.add(format("DCELL %9d %s", id, cellText(cell)));
        records.add(format("DWAVEL %8d %10.5f", id, 0.0));
    }

    private static String columnRecord(String label, char type, double[] minMax, int dataset) {
        return format("COLUMN %-30s %c %17s %17s %4d", label, type, number17(minMax[0]), number17(minMax[1]), dataset);
    }

    /** Formats a column minimum or maximum in at most 17 characters, the width of its field. */
    private static String number17(double value) {
        String fixed = format("%.4f", value);
        return fixed.length() <= 17 ? fixed : format("%.6e", value);
    }

    private static String cellText(UnitCell cell) {
        return format("%10.4f%10.4f%10.4f%10.4f%10.4f%10.4f", cell.a(), cell.b(), cell.c(), cell.alpha(),
                cell.beta(), cell.gamma());
    }

    private static double[] resolutionRange(UnitCell cell, int[] hkl) {
        CellGeometry metric = CellGeometry.of(cell);
        double min = Double.POSITIVE_INFINITY;
        double max = 0.0;
        for (int i = 0; i < hkl.length; i += 3) {
            double s2 = metric.inverseDSquared(hkl[i], hkl[i + 1], hkl[i + 2]);
            min = Math.min(min, s2);
            max = Math.max(max, s2);
        }
        return hkl.length == 0 ? new double[] {0.0, 0.0} : new double[] {min, max};
    }

    private static double[] indexRange(int[] hkl, int axis) {
        double min = Double.NaN;
        double max = Double.NaN;
        for (int i = axis; i < hkl.length; i += 3) {
            min = Double.isNaN(min) ? hkl[i] : Math.min(min, hkl[i]);
            max = Double.isNaN(max) ? hkl[i] : Math.max(max, hkl[i]);
        }
        return new double[] {min, max};
    }

    /** Returns the minimum and maximum ignoring NaN; both NaN when every value is missing. */
    private static double[] range(float[] values) {
        double min = Double.NaN;
        double max = Double.NaN;
        for (float value : values) {
            if (Float.isNaN(value)) {
                continue;
            }
            min = Double.isNaN(min) ? value : Math.min(min, value);
            max = Double.isNaN(max) ? value : Math.max(max, value);
        }
        return new double[] {min, max};
    }

    private static byte[] pad(String record) {
        if (record.length() > MtzParser.RECORD_LENGTH) {
            throw new IllegalArgumentException("MTZ header record longer than 80 characters: " + record);
        }
        StringBuilder text = new StringBuilder(record);
        while (text.length() < MtzParser.RECORD_LENGTH) {
            text.append(' ');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
