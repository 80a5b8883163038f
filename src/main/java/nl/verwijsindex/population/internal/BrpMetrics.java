package nl.verwijsindex.population.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the client's look-ups by result in {@code verwijsindex.population.lookups} (tag
 * {@code result}: {@code cache-hit}, {@code found}, {@code not-found}, {@code unavailable},
 * {@code rejected}) and shows the circuit in {@code verwijsindex.population.circuit.open} (1 when
 * open). No tag carries a BSN.
 */
final class BrpMetrics {

    private final Counter cacheHits;
    private final Counter found;
    private final Counter notFound;
    private final Counter unavailable;
    private final Counter rejected;

    BrpMetrics(MeterRegistry registry, CircuitBreaker circuit) {
        this.cacheHits = lookups(registry, "cache-hit");
        this.found = lookups(registry, "found");
        this.notFound = lookups(registry, "not-found");
        this.unavailable = lookups(registry, "unavailable");
        this.rejected = lookups(registry, "rejected");
        Gauge.builder(
                        "verwijsindex.population.circuit.open",
                        circuit,
                        breaker -> breaker.state() == CircuitBreaker.State.OPEN ? 1 : 0)
                .description("Whether the circuit to the population register is open")
                .register(registry);
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void lookedUp(boolean personFound) {
        (personFound ? found : notFound).increment();
    }

    void unavailable() {
        unavailable.increment();
    }

    void rejected() {
        rejected.increment();
    }

    private static Counter lookups(MeterRegistry registry, String result) {
        return Counter.builder("verwijsindex.population.lookups")
                .description("Look-ups in the population register by result")
                .tag("result", result)
                .register(registry);
    }
}
