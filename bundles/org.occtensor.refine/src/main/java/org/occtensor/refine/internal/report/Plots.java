package org.occtensor.refine.internal.report;

import org.occtensor.refine.api.RefinementReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** PNG plots of a refinement, drawn with XChart in headless mode. */
public final class Plots {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;
    /** Beyond this many refined groups the bar labels become unreadable, so they are hidden. */
    private static final int MAX_LABELLED_GROUPS = 40;

    private Plots() {
    }

    /**
     * Draws start and final occupancy of every refined group as paired bars. Groups are ordered as
     * in the report, where the members of a conformer set follow one another, so sets appear together.
     */
    public static void occupancies(RefinementReport report, Path out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> labels = new ArrayList<>();
        List<Double> start = new ArrayList<>();
        List<Double> fin = new ArrayList<>();
        for (RefinementReport.Group g : orderedBySet(report)) {
            labels.add(g.label());
            start.add(g.occupancyStart());
            fin.add(g.occupancyFinal());
        }
        if (labels.isEmpty()) {
            labels.add("(no refined groups)");
            start.add(0.0);
            fin.add(0.0);
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Occupancy per refined group").xAxisTitle("group").yAxisTitle("occupancy").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setXAxisTicksVisible(labels.size() <= MAX_LABELLED_GROUPS);
        chart.addSeries("start", labels, start);
        chart.addSeries("final", labels, fin);
        write(chart, out);
    }

    /** Draws R-work and R-free per macro-cycle (cycle 0 is the starting model). */
    public static void rFactors(RefinementReport report, Path out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Integer> cycles = new ArrayList<>(List.of(0));
        List<Double> work = new ArrayList<>(List.of(report.rWorkStart()));
        List<Double> free = new ArrayList<>(List.of(report.rFreeStart()));
        for (RefinementReport.Cycle c : report.cycles()) {
            cycles.add(c.cycle());
            work.add(c.rWork());
            free.add(c.rFree());
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("R factors per macro-cycle").xAxisTitle("cycle").yAxisTitle("R").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.addSeries("R-work", cycles, work);
        chart.addSeries("R-free", cycles, free);
        write(chart, out);
    }

    private static List<RefinementReport.Group> orderedBySet(RefinementReport report) {
        List<RefinementReport.Group> ordered = new ArrayList<>();
        boolean[] placed = new boolean[report.groups().size()];
        for (RefinementReport.ConformerSetEntry set : report.conformerSets()) {
            for (int id : set.groups()) {
                addIfRefined(report, id, ordered, placed);
            }
        }
        for (int i = 0; i < report.groups().size(); i++) {
            addIfRefined(report, i, ordered, placed);
        }
        return ordered;
    }

    private static void addIfRefined(RefinementReport report, int index, List<RefinementReport.Group> ordered,
                                     boolean[] placed) {
        RefinementReport.Group g = report.groups().get(index);
        if (!placed[index] && g.refinable()) {
            ordered.add(g);
            placed[index] = true;
        }
    }

    private static void write(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path out) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            BitmapEncoder.saveBitmap(chart, stream, BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
