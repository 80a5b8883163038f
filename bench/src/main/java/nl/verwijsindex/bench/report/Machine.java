package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Facts about the machine the benchmark ran on, read from Linux's {@code /proc} and {@code /etc}. */
final class Machine {

    private Machine() {}

    static Map<String, String> describe() throws IOException {
        var facts = new LinkedHashMap<String, String>();
        facts.put("CPU", firstValue("/proc/cpuinfo", "model name"));
        facts.put("Cores available to Java", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put("Memory", memory());
        facts.put("Operating system", firstValue("/etc/os-release", "PRETTY_NAME").replace("\"", ""));
        facts.put("Kernel", read("/proc/sys/kernel/osrelease"));
        return facts;
    }

    private static String memory() throws IOException {
        var total = firstValue("/proc/meminfo", "MemTotal").replace("kB", "").trim();
        if (total.isEmpty()) {
            return "unknown";
        }
        return String.format("%.1f GiB", Long.parseLong(total) / (1024.0 * 1024.0));
    }

    /** Returns the value of the first line that starts with the key, after ':' or '=', or "unknown". */
    private static String firstValue(String file, String key) throws IOException {
        var path = Path.of(file);
        if (!Files.exists(path)) {
            return "unknown";
        }
        for (var line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.startsWith(key)) {
                int separator = line.indexOf(line.contains(":") ? ':' : '=');
                return line.substring(separator + 1).trim();
            }
        }
        return "unknown";
    }

    private static String read(String file) throws IOException {
        var path = Path.of(file);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8).trim() : "unknown";
    }
}
