package nl.verwijsindex.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of the targets table: each target, what was measured, and whether it was met and by how much. */
final class Targets {

    private final List<List<String>> rows = new ArrayList<>();

    /** Adds a target that the measured value must reach or exceed. */
    void atLeast(String target, Double measured, double limit, String unit) {
        if (measured == null || measured.isNaN()) {
            notMeasured(target);
            return;
        }
        double margin = measured - limit;
        var verdict = margin >= 0
                ? "met, " + number(margin) + unit + " above"
                : "**not met**, " + number(-margin) + unit + " (" + percent(-margin / limit) + ") short";
        rows.add(List.of(target, number(measured) + unit, verdict));
    }

    /** Adds a target that the measured value must not exceed. */
    void atMost(String target, Double measured, double limit, String unit) {
        if (measured == null || measured.isNaN()) {
            notMeasured(target);
            return;
        }
        double margin = limit - measured;
        var verdict = margin >= 0
                ? "met, " + number(margin) + unit + " to spare"
                : "**not met**, " + number(-margin) + unit + " (" + percent(-margin / limit) + ") over";
        rows.add(List.of(target, number(measured) + unit, verdict));
    }

    void notMeasured(String target) {
        unknown(target, "not measured");
    }

    /** Adds a target whose measured value cannot settle it, such as a lower bound below the limit. */
    void unknown(String target, String measured) {
        rows.add(List.of(target, measured, "**unknown**"));
    }

    void add(String target, String measured, boolean met) {
        rows.add(List.of(target, measured, met ? "met" : "**not met**"));
    }

    List<List<String>> rows() {
        return rows;
    }

    static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
