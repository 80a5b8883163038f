package nl.verwijsindex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.verwijsindex.bench.load.SignalsApi;

/** The sections of the page with the tables of the pgbench and load driver runs. */
final class Sections {

    private Sections() {}

    static String pgbench(Results results) throws IOException {
        var section = new Page().heading("Database limit: single-row inserts with pgbench");
        section.paragraph("A custom pgbench script of one `insert` of one row into a table shaped like `signals`:"
                + " a UUID primary key with a default, a pseudonym, a professional, a date, an own reference"
                + " and one index on the pseudonym. It ran on the same server and settings as the index, with"
                + " `-c N -j min(N,2)`, for the same time as each API step.");
        var rows = new ArrayList<List<String>>();
        for (int clients : Report.CLIENT_COUNTS) {
            var inserts = results.pgbench(clients);
            rows.add(List.of(
                    String.valueOf(clients),
                    inserts.map(run -> Targets.number(run.perSecond())).orElse("not measured"),
                    inserts.map(run -> Targets.number(run.averageLatencyMs()) + " ms").orElse("")));
        }
        return section.table(List.of("clients", "inserts/s", "average latency"), rows).toString();
    }

    static String api(Results results, String suffix) throws IOException {
        var title = suffix.isEmpty() ? "Registrations through the API" : "Registrations on the full database";
        var section = new Page().heading(title);
        if (suffix.isEmpty()) {
            section.paragraph("`POST /api/v1/signals` by the load driver in a closed loop: each client sends its next"
                    + " registration when the response to the previous one arrives. Throughput counts 2xx"
                    + " responses per second of the measured window. The latencies are those of every request"
                    + " started in it, whatever its outcome. Outcomes are HTTP statuses, or `timeout` after "
                    + SignalsApi.REQUEST_TIMEOUT.toSeconds() + " s and `io-error` for a failed connection. The"
                    + " section \"Error codes\" lists the codes of the problem responses.");
        }
        var rows = new ArrayList<List<String>>();
        for (int clients : Report.CLIENT_COUNTS) {
            var run = results.api("c" + clients + suffix);
            var inserts = results.pgbench(clients);
            if (run.isEmpty()) {
                continue;
            }
            var row = new ArrayList<>(latencyCells(run.get()));
            double ratio = inserts.isPresent() && inserts.get().perSecond() > 0
                    ? run.get().path("throughputPerSecond").asDouble() / inserts.get().perSecond()
                    : Double.NaN;
            row.add(0, String.valueOf(clients));
            row.add(2, Double.isNaN(ratio) ? "" : Targets.number(ratio));
            rows.add(row);
        }
        section.table(
                List.of("clients", "registrations/s", "÷ inserts/s", "p50", "p95", "p99", "max", "requests",
                        "outcomes"),
                rows);
        busiest(results, suffix).ifPresent(run -> section.raw(mix(run)));
        return section.toString();
    }

    /** Returns the client-count step with the most registrations per second. */
    private static Optional<JsonNode> busiest(Results results, String suffix) throws IOException {
        Optional<JsonNode> busiest = Optional.empty();
        for (int clients : Report.CLIENT_COUNTS) {
            var run = results.api("c" + clients + suffix);
            if (run.isPresent() && (busiest.isEmpty() || throughput(run.get()) > throughput(busiest.get()))) {
                busiest = run;
            }
        }
        return busiest;
    }

    private static double throughput(JsonNode run) {
        return run.path("throughputPerSecond").asDouble();
    }

    static String halfLoad(Results results, String suffix) throws IOException {
        var section = new Page().heading("Half of peak load, open model");
        var run = results.api("half" + suffix);
        if (run.isEmpty()) {
            return section.paragraph("Not measured.").toString();
        }
        section.paragraph("Registrations started on a fixed schedule at half of the highest registrations/s of the"
                + " client-count steps, whatever the index's speed (up to 256 at a time). A latency runs from"
                + " the scheduled start, so time spent waiting for a free thread counts.");
        var row = new ArrayList<>(latencyCells(run.get()));
        row.add(0, Targets.number(run.get().path("ratePerSecond").asDouble()));
        return section.table(
                        List.of("scheduled/s", "registrations/s", "p50", "p95", "p99", "max", "requests", "outcomes"),
                        List.of(row))
                .toString();
    }

    static List<String> comparison(String step, JsonNode empty, JsonNode full) {
        double emptyRate = empty.path("throughputPerSecond").asDouble();
        double fullRate = full.path("throughputPerSecond").asDouble();
        double emptyP99 = empty.path("latencyMs").path("p99").asDouble();
        double fullP99 = full.path("latencyMs").path("p99").asDouble();
        return List.of(
                step,
                Targets.number(emptyRate),
                Targets.number(fullRate),
                change(emptyRate, fullRate),
                Targets.number(emptyP99) + " ms",
                Targets.number(fullP99) + " ms",
                change(emptyP99, fullP99));
    }

    private static String change(double before, double after) {
        if (before == 0) {
            return "";
        }
        double share = (after - before) / before;
        return (share >= 0 ? "+" : "−") + Targets.percent(Math.abs(share));
    }

    private static List<String> latencyCells(JsonNode run) {
        var latency = run.path("latencyMs");
        return List.of(
                Targets.number(run.path("throughputPerSecond").asDouble()),
                Targets.number(latency.path("p50").asDouble()) + " ms",
                Targets.number(latency.path("p95").asDouble()) + " ms",
                Targets.number(latency.path("p99").asDouble()) + " ms",
                Targets.number(latency.path("max").asDouble()) + " ms",
                run.path("requests").asText(),
                outcomes(run.path("outcomes")));
    }

    private static String outcomes(JsonNode counts) {
        var parts = new ArrayList<String>();
        counts.fields().forEachRemaining(entry -> parts.add("`" + entry.getKey() + "` " + entry.getValue().asText()));
        return String.join(", ", parts);
    }

    /** Tabulates the registrations of a run by kind, with their share and outcomes. */
    private static String mix(JsonNode run) {
        Map<String, Map<String, Long>> byKind = new TreeMap<>();
        run.path("outcomesByKind").fields().forEachRemaining(entry -> {
            var kindAndOutcome = entry.getKey().split(" ", 2);
            byKind.computeIfAbsent(kindAndOutcome[0], kind -> new LinkedHashMap<>())
                    .put(kindAndOutcome[1], entry.getValue().asLong());
        });
        long total = run.path("requests").asLong();
        var rows = new ArrayList<List<String>>();
        byKind.forEach((kind, counts) -> {
            long count = counts.values().stream().mapToLong(Long::longValue).sum();
            var parts = new ArrayList<String>();
            counts.forEach((outcome, n) -> parts.add("`" + outcome + "` " + n));
            rows.add(List.of("`" + kind + "`", String.valueOf(count),
                    total == 0 ? "" : Targets.percent((double) count / total), String.join(", ", parts)));
        });
        return new Page()
                .paragraph("The mix of the " + run.path("tag").asText() + " step, the one with the most"
                        + " registrations per second. A `first` registration is on a child that this run had not"
                        + " registered, and it can still match a signal that was there before the run. A"
                        + " `child-match` is on a child that the run had registered, by another professional. A"
                        + " `family-match` is on an unregistered sibling of such a child, and falls back to a"
                        + " `child-match` when the child has none. A `repeat` sends the same professional and"
                        + " child again, which returns the existing signal with `200`.")
                .table(List.of("kind", "requests", "share", "outcomes"), rows)
                .toString();
    }
}
