package nl.verwijsindex.bench.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The command line of {@link LoadDriver}. Exactly one of {@code clients} (a closed loop of that many
 * clients) and {@code rate} (an open model: requests started on a fixed schedule, in requests per
 * second) is set; the other is 0. {@code windowStartFile} is optional, and null when not given.
 */
record DriverOptions(
        String url,
        Path fixture,
        int persons,
        long seed,
        int clients,
        double rate,
        int warmupSeconds,
        int durationSeconds,
        Path childOffsetFile,
        String tag,
        Path out,
        Path windowStartFile) {

    static final String USAGE = "Usage: LoadDriver --url URL --fixture FILE --persons N --seed S"
            + " (--clients N | --rate PER_SECOND) --warmup-seconds S --duration-seconds S"
            + " --child-offset-file FILE --tag TAG --out PREFIX [--window-start-file FILE]";

    static DriverOptions parse(String[] args) {
        var values = new HashMap<String, String>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Invalid argument " + args[i] + ". " + USAGE);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }

        int clients = Integer.parseInt(values.getOrDefault("clients", "0"));
        double rate = Double.parseDouble(values.getOrDefault("rate", "0"));
        if ((clients > 0) == (rate > 0)) {
            throw new IllegalArgumentException("Give either --clients N or --rate PER_SECOND, above 0. " + USAGE);
        }
        return new DriverOptions(
                required(values, "url"),
                Path.of(required(values, "fixture")),
                Integer.parseInt(required(values, "persons")),
                Long.parseLong(required(values, "seed")),
                clients,
                rate,
                Integer.parseInt(required(values, "warmup-seconds")),
                Integer.parseInt(required(values, "duration-seconds")),
                Path.of(required(values, "child-offset-file")),
                OwnReferences.checkTag(required(values, "tag")),
                Path.of(required(values, "out")),
                values.containsKey("window-start-file") ? Path.of(values.get("window-start-file")) : null);
    }

    private static String required(Map<String, String> values, String name) {
        var value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + name + ". " + USAGE);
        }
        return value;
    }
}
