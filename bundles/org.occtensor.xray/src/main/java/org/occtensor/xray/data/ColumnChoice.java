package org.occtensor.xray.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns chosen from a reflection table.
 *
 * @param values      one amplitude or intensity column, or the (+) and (-) columns of an anomalous pair
 * @param sigmas      the matching sigma columns, in the same order
 * @param intensities true when the values are intensities that need French-Wilson
 * @param free        R-free flag column, or null when the file has none
 */
public record ColumnChoice(List<TableColumn> values, List<TableColumn> sigmas, boolean intensities,
                           TableColumn free) {

    public ColumnChoice {
        values = List.copyOf(values);
        sigmas = List.copyOf(sigmas);
        if (values.isEmpty() || values.size() > 2 || values.size() != sigmas.size()) {
            throw new IllegalArgumentException("expected one or two value columns with as many sigma columns, got "
                    + values.size() + " and " + sigmas.size());
        }
    }

    public boolean anomalous() {
        return values.size() == 2;
    }

    public String valueLabel() {
        return values.stream().map(TableColumn::label).collect(Collectors.joining(","));
    }

    public String sigmaLabel() {
        return sigmas.stream().map(TableColumn::label).collect(Collectors.joining(","));
    }
}
