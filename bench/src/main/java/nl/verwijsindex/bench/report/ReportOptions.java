package nl.verwijsindex.bench.report;

import java.nio.file.Path;
import java.util.ArrayList;

/** The command line of {@link Report}: the results folder, the profile notes and the page to write. */
record ReportOptions(Path results, Path analysis, Path out) {

    static final String USAGE = "Usage: Report --results FOLDER --analysis FILE --out FILE";

    static ReportOptions parse(String[] args) {
        Path results = null;
        Path analysis = null;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            var value = Path.of(args[i + 1]);
            switch (args[i]) {
                case "--results" -> results = value;
                case "--analysis" -> analysis = value;
                case "--out" -> out = value;
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + ". " + USAGE);
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("Missing value after " + args[args.length - 1] + ". " + USAGE);
        }
        var missing = new ArrayList<String>();
        if (results == null) {
            missing.add("--results");
        }
        if (analysis == null) {
            missing.add("--analysis");
        }
        if (out == null) {
            missing.add("--out");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Missing option " + String.join(", ", missing) + ". " + USAGE);
        }
        return new ReportOptions(results, analysis, out);
    }
}
