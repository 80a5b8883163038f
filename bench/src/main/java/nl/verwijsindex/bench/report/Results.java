package nl.verwijsindex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/** Reads the files that {@code bench/run} and the tools wrote into the results folder. */
final class Results {

    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern LATENCY = Pattern.compile("^latency average = ([0-9.]+) ms", Pattern.MULTILINE);

    /** One pgbench run: inserts per second and the average latency in milliseconds. */
    record Inserts(double perSecond, double averageLatencyMs) {}

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();

    Results(Path folder) {
        this.folder = folder;
    }

    Path file(String name) {
        return folder.resolve(name);
    }

    Properties properties(String name) throws IOException {
        var properties = new Properties();
        var file = folder.resolve(name);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    Optional<Inserts> pgbench(int clients) throws IOException {
        var file = folder.resolve("pgbench-c" + clients + ".txt");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        var text = Files.readString(file, StandardCharsets.UTF_8);
        var tps = TPS.matcher(text);
        var latency = LATENCY.matcher(text);
        if (!tps.find()) {
            return Optional.empty();
        }
        return Optional.of(new Inserts(
                Double.parseDouble(tps.group(1)), latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN));
    }

    /** Reads the load driver's summary of the run with this tag, such as {@code c32} or {@code halffull}. */
    Optional<JsonNode> api(String tag) throws IOException {
        var file = folder.resolve("api-" + tag + ".json");
        return Files.exists(file) ? Optional.of(json.readTree(file.toFile())) : Optional.empty();
    }

    Optional<String> text(String name) throws IOException {
        var file = folder.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim());
    }
}
