package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The section on the error codes of the problem responses in each API step's measured window, with
 * the reason when the generated load explains a code. The load driver counts each code by kind of
 * registration and HTTP status in its summary's {@code errorCodes}.
 */
final class ErrorCodeSection {

    /**
     * The codes that the generated population makes the index return, and why. The shares come from
     * the population generator ({@code FamilyUnit}), and the reference date from
     * {@code NationalPopulation.REFERENCE_DATE}.
     */
    private static final Map<String, String> EXPECTED = Map.of(
            "person-deceased",
            "expected: the generated families include children who died (0.3% of children), and a sibling"
                    + " for a `family-match` is picked from all of a family's children",
            "person-not-resident",
            "expected: the generated families include children who emigrated (1% of children), and a sibling"
                    + " for a `family-match` is picked from all of a family's children",
            "person-too-old",
            "expected: a child who turned 23 after the population's reference date, 2026-12-05, which"
                    + " happens more often the later the run");

    private ErrorCodeSection() {}

    static String write(Results results, String suffix) throws IOException {
        var section = new Page().heading(suffix.isEmpty() ? "Error codes" : "Error codes on the full database");
        var steps = new ArrayList<String>();
        for (int clients : Report.CLIENT_COUNTS) {
            steps.add("c" + clients + suffix);
        }
        steps.add("half" + suffix);

        // Kind, status and code, such as "family-match 422 person-deceased", to the count in each step.
        var counts = new TreeMap<String, Map<String, Long>>();
        var measured = new ArrayList<String>();
        for (var step : steps) {
            var run = results.api(step);
            if (run.isEmpty() || !run.get().has("errorCodes")) {
                continue;
            }
            measured.add(step);
            var codes = run.get().path("errorCodes").fields();
            while (codes.hasNext()) {
                var entry = codes.next();
                counts.computeIfAbsent(entry.getKey(), key -> new TreeMap<>()).put(step, entry.getValue().asLong());
            }
        }
        if (measured.isEmpty()) {
            return section.paragraph("Not recorded: the load driver's summaries have no error codes.")
                    .toString();
        }
        if (counts.isEmpty()) {
            return section.paragraph("No request in a measured window got a problem response with an error code.")
                    .toString();
        }

        section.paragraph("The `code` of each entry of `errors` in the problem responses to requests in a step's"
                + " measured window, by kind of registration. A response with two codes counts for each. The raw"
                + " `api-<step>.csv` files have each request's codes in the column `error_codes`.");
        var header = new ArrayList<>(List.of("kind", "status", "code"));
        header.addAll(measured);
        header.add("why");
        var rows = new ArrayList<List<String>>();
        counts.forEach((key, byStep) -> {
            var parts = key.split(" ", 3);
            var row = new ArrayList<>(List.of("`" + parts[0] + "`", parts[1], "`" + parts[2] + "`"));
            for (var step : measured) {
                row.add(String.valueOf(byStep.getOrDefault(step, 0L)));
            }
            row.add(EXPECTED.getOrDefault(
                    parts[2], "**not expected**: the generated load should not cause it; see the index's log"));
            rows.add(row);
        });
        return section.table(header, rows).toString();
    }
}
