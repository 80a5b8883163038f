package nl.verwijsindex.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The latencies and outcomes of the requests started in the measured window, after the warm-up.
 * Every latency is kept, so that the percentiles are exact. Safe for concurrent use.
 */
final class Measurements {

    private long[] latenciesNanos = new long[1 << 16];
    private int count;
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomesByKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errorCodes = new ConcurrentHashMap<>();
    private final LongAdder successes = new LongAdder();

    void record(Kind kind, SignalsApi.Outcome outcome, long latencyNanos) {
        outcomes.computeIfAbsent(outcome.label(), label -> new LongAdder()).increment();
        outcomesByKind
                .computeIfAbsent(kind.code() + " " + outcome.label(), label -> new LongAdder())
                .increment();
        if (outcome.successful()) {
            successes.increment();
        }
        for (var code : outcome.errorCodes()) {
            errorCodes
                    .computeIfAbsent(kind.code() + " " + outcome.label() + " " + code, key -> new LongAdder())
                    .increment();
        }
        synchronized (this) {
            if (count == latenciesNanos.length) {
                latenciesNanos = Arrays.copyOf(latenciesNanos, count * 2);
            }
            latenciesNanos[count++] = latencyNanos;
        }
    }

    long successes() {
        return successes.sum();
    }

    synchronized long[] sortedLatenciesNanos() {
        var sorted = Arrays.copyOf(latenciesNanos, count);
        Arrays.sort(sorted);
        return sorted;
    }

    Map<String, Long> outcomes() {
        return snapshot(outcomes);
    }

    Map<String, Long> outcomesByKind() {
        return snapshot(outcomesByKind);
    }

    /**
     * Returns the counts of the problem responses' error codes, keyed by kind, status and code, such
     * as {@code family-match 422 person-deceased}. A response with two codes counts for each.
     */
    Map<String, Long> errorCodes() {
        return snapshot(errorCodes);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
        var result = new TreeMap<String, Long>();
        counters.forEach((label, counter) -> result.put(label, counter.sum()));
        return result;
    }
}
