package nl.verwijsindex.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verwijsindex.bench.population.NationalPopulation;

/**
 * Registers signals through {@code POST /api/v1/signals} as the client systems of the fixture's
 * organisations, on children of the national population, in the mix of {@link Kind}. It writes the
 * run's numbers to {@code PREFIX.json} and every request to {@code PREFIX.csv}, and prints one line.
 *
 * <pre>
 * java -cp ... nl.verwijsindex.bench.load.LoadDriver --url http://127.0.0.1:18080 \
 *   --fixture bench/work/fixture.json --persons 5000000 --seed 1 --clients 32 \
 *   --warmup-seconds 20 --duration-seconds 60 --child-offset-file bench/work/next-child \
 *   --tag c32 --out bench/work/results/api-c32 [--window-start-file bench/work/window-started-c32]
 * </pre>
 *
 * The child offset file keeps the position in the population's children between runs, so that each
 * run's first registrations go to children that earlier runs did not register.
 */
public final class LoadDriver {

    private LoadDriver() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        var options = DriverOptions.parse(args);
        var organisations = FixtureOrganisations.read(options.fixture());
        var population = NationalPopulation.of(options.seed(), options.persons());
        var mix = new RegistrationMix(population, organisations, options.tag(), readOffset(options.childOffsetFile()));
        var api = new SignalsApi(options.url(), organisations);
        var measurements = new Measurements();

        try (var log = new RegistrationLog(Path.of(options.out() + ".csv"))) {
            var run = new LoadRun(mix, api, measurements, log, () -> announceWindowStart(options));
            if (options.clients() > 0) {
                run.closedLoop(options.clients(), options.warmupSeconds(), options.durationSeconds());
            } else {
                run.openModel(options.rate(), options.warmupSeconds(), options.durationSeconds());
            }
        }

        var summary = summary(options, measurements);
        var summaryFile = Path.of(options.out() + ".json").toFile();
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(summaryFile, summary);
        Files.writeString(options.childOffsetFile(), String.valueOf(mix.nextChildOffset()), StandardCharsets.UTF_8);
        System.out.println("Load driver " + options.tag() + ": " + summary.get("throughputPerSecond")
                + " registrations/s, p99 " + ((Map<?, ?>) summary.get("latencyMs")).get("p99") + " ms, outcomes "
                + summary.get("outcomes"));
    }

    /**
     * Prints that the measured window started and, with {@code --window-start-file}, writes the time in
     * epoch milliseconds to that file, so that {@code bench/run} can reset the database's statement
     * counters when the warm-up ends.
     */
    private static void announceWindowStart(DriverOptions options) {
        long now = System.currentTimeMillis();
        System.err.println("Load driver " + options.tag() + ": measured window started");
        if (options.windowStartFile() == null) {
            return;
        }
        try {
            Files.writeString(options.windowStartFile(), String.valueOf(now), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Load driver " + options.tag() + ": writing the window start file "
                    + options.windowStartFile() + " failed: " + e.getMessage());
        }
    }

    private static int readOffset(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        return Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).trim());
    }

    private static Map<String, Object> summary(DriverOptions options, Measurements measurements) {
        var sorted = measurements.sortedLatenciesNanos();
        var latency = new LinkedHashMap<String, Object>();
        latency.put("p50", millis(Percentiles.of(sorted, 50)));
        latency.put("p95", millis(Percentiles.of(sorted, 95)));
        latency.put("p99", millis(Percentiles.of(sorted, 99)));
        latency.put("max", millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));

        var summary = new LinkedHashMap<String, Object>();
        summary.put("tag", options.tag());
        summary.put("clients", options.clients());
        summary.put("ratePerSecond", options.rate());
        summary.put("warmupSeconds", options.warmupSeconds());
        summary.put("durationSeconds", options.durationSeconds());
        summary.put("requests", sorted.length);
        summary.put("successes", measurements.successes());
        summary.put("throughputPerSecond", round((double) measurements.successes() / options.durationSeconds()));
        summary.put("latencyMs", latency);
        summary.put("outcomes", measurements.outcomes());
        summary.put("outcomesByKind", measurements.outcomesByKind());
        summary.put("errorCodes", measurements.errorCodes());
        return summary;
    }

    private static double millis(long nanos) {
        return round(nanos / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
