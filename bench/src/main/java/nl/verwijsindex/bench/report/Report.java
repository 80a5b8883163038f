package nl.verwijsindex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Writes the benchmarks page ({@code docs/benchmarks.md}, or {@code bench/work/benchmarks-quick.md}
 * for {@code --quick}) from the results folder of a {@code bench/run} and prints
 * {@code ratio=<registrations per s / inserts per s at 32 clients> p99_ms=<p99 at half of peak load>}
 * as its last line.
 *
 * <pre>
 * java -cp ... nl.verwijsindex.bench.report.Report --results bench/work/results \
 *   --analysis bench/analysis.md --out docs/benchmarks.md
 * </pre>
 */
public final class Report {

    static final int[] CLIENT_COUNTS = {1, 8, 32, 64};
    static final int RATIO_CLIENTS = 32;
    static final double RATIO_TARGET = 0.5;
    static final double HALF_LOAD_P99_TARGET_MS = 25;
    static final double READY_TARGET_SECONDS = 10;
    static final double HEAP_TARGET_MEGABYTES = 512;
    static final double MAIL_P99_TARGET_MS = 5000;
    static final double FULL_DATA_TOLERANCE = 0.20;

    private final Results results;
    private final Properties environment;
    private final Page page = new Page();
    private final Targets targets = new Targets();

    private Report(Results results) throws IOException {
        this.results = results;
        this.environment = results.properties("environment.properties");
    }

    public static void main(String[] args) throws IOException {
        var options = ReportOptions.parse(args);
        var report = new Report(new Results(options.results()));
        var lastLine = report.write(options.analysis(), options.out());
        System.out.println(lastLine);
    }

    private String write(Path analysis, Path out) throws IOException {
        var ratio = ratio();
        var halfLoadP99 = results.api("half").map(run -> run.path("latencyMs").path("p99").asDouble());
        targets.atLeast("Registrations/s ÷ inserts/s at 32 clients ≥ 0.5", ratio.orElse(null), RATIO_TARGET, "");
        targets.atMost("p99 at half of peak load ≤ 25 ms", halfLoadP99.orElse(null), HALF_LOAD_P99_TARGET_MS, " ms");
        var body = new Page();
        body.raw(Sections.pgbench(results))
                .raw(Sections.api(results, ""))
                .raw(Sections.halfLoad(results, ""))
                .raw(ErrorCodeSection.write(results, ""))
                .raw(ProfileSection.write(results))
                .raw(MailSection.write(results, targets))
                .raw(HeapSection.write(results, targets))
                .raw(readySection());
        if (results.api("c32full").isPresent()) {
            body.raw(fullDataSection());
        }

        page.raw("# Benchmarks\n\n")
                .paragraph("Written by `bench/run` from its last run; the README's section \"Benchmarks\" says how"
                        + " to run it. Each step ran on the same machine, one after the other, with the index,"
                        + " PostgreSQL, the BRP stub, the mail sink and the load driver all on it.");
        if (environment.getProperty("quick", "false").equals("true")) {
            page.paragraph("**A quick run** (`--quick`): short steps on a small population, to try the harness."
                    + " Its numbers are not comparable with those of a default run.");
        }
        page.raw(runSection()).heading("Targets").table(List.of("target", "measured", "result"), targets.rows());
        page.raw(body.toString()).raw(analysisSection(analysis));
        Files.writeString(out, page.toString().replaceAll("\n{3,}", "\n\n"), StandardCharsets.UTF_8);

        return "ratio=" + ratio.map(value -> String.format(Locale.ROOT, "%.2f", value)).orElse("n/a")
                + " p99_ms=" + halfLoadP99.map(value -> String.format(Locale.ROOT, "%.1f", value)).orElse("n/a");
    }

    /** Returns the tags of the API steps of one phase in run order: each client count, then {@code half}. */
    static List<String> stepNames() {
        var names = new ArrayList<String>();
        for (int clients : CLIENT_COUNTS) {
            names.add("c" + clients);
        }
        names.add("half");
        return names;
    }

    private Optional<Double> ratio() throws IOException {
        var inserts = results.pgbench(RATIO_CLIENTS);
        var registrations = results.api("c" + RATIO_CLIENTS);
        if (inserts.isEmpty() || registrations.isEmpty() || inserts.get().perSecond() == 0) {
            return Optional.empty();
        }
        return Optional.of(registrations.get().path("throughputPerSecond").asDouble() / inserts.get().perSecond());
    }

    private String runSection() throws IOException {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Started", environment.getProperty("started_at", "?")));
        rows.add(List.of("Command", "`" + environment.getProperty("command", "bench/run") + "`"));
        rows.add(List.of("Warm-up and measured time per step",
                environment.getProperty("warmup_seconds", "?") + " s and "
                        + environment.getProperty("duration_seconds", "?") + " s"));
        rows.add(List.of("Population (BRP stub)", environment.getProperty("persons", "?") + " persons"));
        rows.add(List.of("Fixture", environment.getProperty("organisations", "?") + " organisations with "
                + environment.getProperty("professionals_per_organisation", "?") + " professionals each"));
        if (environment.containsKey("full_data_active_signals")) {
            rows.add(List.of("National data set (`--full-data`)", environment.getProperty("full_data_active_signals")
                    + " active and " + environment.getProperty("full_data_archived_signals")
                    + " archived signals, loaded in "
                    + environment.getProperty("full_data_load_seconds", "?") + " s"));
            rows.add(List.of("Settling before the steps on the full database", settling(environment)));
        }
        rows.add(List.of("Whole run", environment.getProperty("total_seconds", "?") + " s"));
        rows.add(List.of("Load average before and after the run (1, 5, 15 min)",
                environment.getProperty("load_average_at_start", "?") + "; "
                        + environment.getProperty("load_average_at_end", "?")));

        for (Map.Entry<String, String> fact : Machine.describe().entrySet()) {
            rows.add(List.of(fact.getKey(), fact.getValue()));
        }
        rows.add(List.of("Disk of the work folder", environment.getProperty("disk", "?")));
        rows.add(List.of("Java", environment.getProperty("java_version", "?")));
        rows.add(List.of("PostgreSQL", environment.getProperty("postgresql_version", "?")));

        var settings = new ArrayList<String>();
        for (var name : environment.stringPropertyNames().stream().sorted().toList()) {
            if (name.startsWith("postgresql.")) {
                settings.add("`" + name.substring("postgresql.".length()) + "=" + environment.getProperty(name) + "`");
            }
        }
        rows.add(List.of("PostgreSQL settings", String.join(", ", settings)));
        rows.add(List.of("Index", "`java -Xmx512m -jar " + environment.getProperty("index_jar", "?")
                + "`, mail dispatch interval " + environment.getProperty("mail_dispatch_interval", "?")));
        return new Page().heading("Run").table(List.of("", ""), rows).toString();
    }

    /**
     * Describes the waits between the import and the steps on the full database: until the outbox
     * was empty, {@code VACUUM (ANALYZE)}, and until no autovacuum worker was active.
     */
    static String settling(Properties environment) {
        if (!environment.containsKey("full_data_vacuum_seconds")) {
            return "not recorded: this run started the steps right after the import";
        }
        var outbox = timedOut(environment, "full_data_outbox_wait")
                ? "the outbox still had unsent match emails after " + seconds(environment, "full_data_outbox_wait")
                        + ", the time limit"
                : "the outbox was empty after " + seconds(environment, "full_data_outbox_wait");
        var autovacuum = timedOut(environment, "full_data_autovacuum_wait")
                ? "autovacuum workers were still active after " + seconds(environment, "full_data_autovacuum_wait")
                        + ", the time limit"
                : "no autovacuum worker was active after " + seconds(environment, "full_data_autovacuum_wait");
        return outbox + ", then `VACUUM (ANALYZE)` took " + environment.getProperty("full_data_vacuum_seconds")
                + " s, then " + autovacuum;
    }

    private static boolean timedOut(Properties environment, String wait) {
        return environment.getProperty(wait + "_timed_out", "false").equals("true");
    }

    private static String seconds(Properties environment, String wait) {
        return environment.getProperty(wait + "_seconds", "?") + " s";
    }

    private String readySection() throws IOException {
        var ready = results.properties("ready.properties");
        var section = new Page().heading("Ready time with the embedded PostgreSQL");
        var first = ready.getProperty("first_start_seconds");
        var second = ready.getProperty("second_start_seconds");
        targets.atMost("Ready ≤ 10 s, first start on a fresh folder", first == null ? null : Double.valueOf(first),
                READY_TARGET_SECONDS, " s");
        targets.atMost(
                "Ready ≤ 10 s, second start on the same folder",
                second == null ? null : Double.valueOf(second),
                READY_TARGET_SECONDS,
                " s");
        section.paragraph("`java -Xmx512m -jar` with no database URL and a fresh data folder, timed from the start"
                + " of the process until `/actuator/health/readiness` reports `UP` (polled every 100 ms); then"
                + " a second start on the same folder. The first start also initialises the database, runs the"
                + " migrations, generates the keys and seeds the demo region.");
        return section.table(List.of("start", "seconds"), List.of(
                        List.of("first, fresh folder", first == null ? "?" : first),
                        List.of("second, same folder", second == null ? "?" : second)))
                .toString();
    }

    private String fullDataSection() throws IOException {
        var section = new Page().heading("Empty versus full database");
        section.paragraph("The same steps after `bench/load-national` loaded the national data set. The half-load"
                + " step uses the rate of the empty database.");
        var rows = new ArrayList<List<String>>();
        for (int clients : CLIENT_COUNTS) {
            var empty = results.api("c" + clients);
            var full = results.api("c" + clients + "full");
            if (empty.isPresent() && full.isPresent()) {
                rows.add(Sections.comparison(clients + " clients", empty.get(), full.get()));
            }
        }
        var emptyHalf = results.api("half");
        var fullHalf = results.api("halffull");
        if (emptyHalf.isPresent() && fullHalf.isPresent()) {
            rows.add(Sections.comparison("half of peak, open model", emptyHalf.get(), fullHalf.get()));
        }
        compareFullData();
        return section.table(
                        List.of("step", "empty: registrations/s", "full: registrations/s", "change",
                                "empty: p99", "full: p99", "change"),
                        rows)
                .raw(Sections.api(results, "full"))
                .raw(ErrorCodeSection.write(results, "full"))
                .toString();
    }

    private void compareFullData() throws IOException {
        var empty = results.api("c" + RATIO_CLIENTS).map(run -> run.path("throughputPerSecond").asDouble());
        var full = results.api("c" + RATIO_CLIENTS + "full").map(run -> run.path("throughputPerSecond").asDouble());
        if (empty.isPresent() && full.isPresent() && empty.get() > 0) {
            targets.atLeast("Full database: registrations/s at 32 clients within 20% of empty (as a share of empty)",
                    full.get() / empty.get(), 1 - FULL_DATA_TOLERANCE, "");
        }
        var emptyP99 = results.api("half").map(Report::p99);
        var fullP99 = results.api("halffull").map(Report::p99);
        if (emptyP99.isPresent() && fullP99.isPresent() && emptyP99.get() > 0) {
            targets.atMost("Full database: p99 at half load within 20% of empty (as a share of empty)",
                    fullP99.get() / emptyP99.get(), 1 + FULL_DATA_TOLERANCE, "");
        }
    }

    private static double p99(JsonNode run) {
        return run.path("latencyMs").path("p99").asDouble();
    }

    private static String analysisSection(Path analysis) throws IOException {
        var section = new Page().heading("Profile of the hot path");
        if (!Files.exists(analysis)) {
            return section.paragraph("`bench/analysis.md` is not present, so this run has no profile notes.")
                    .toString();
        }
        var notes = Files.readString(analysis, StandardCharsets.UTF_8)
                // One level down, so that the notes' headings nest under this section.
                .replaceAll("(?m)^(#+) ", "$1## ");
        return section.paragraph("The contents of `bench/analysis.md`, written by hand:").raw(notes).toString();
    }
}
