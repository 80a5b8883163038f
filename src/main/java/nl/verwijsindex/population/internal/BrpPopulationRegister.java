package nl.verwijsindex.population.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The population register asked through the BRP Personen API 2.x ({@code POST /personen} with
 * {@code RaadpleegMetBurgerservicenummer}). A look-up first tries the {@link PersonCache}, then
 * passes the {@link CircuitBreaker}, and then is sent at most {@code max-attempts} times, waiting
 * the register's {@code Retry-After} or an exponential back-off between attempts. Log lines carry
 * statuses and counts, never a BSN.
 */
final class BrpPopulationRegister implements PopulationRegister {

    /**
     * The fields the index reads. The API adds {@code opschortingBijhouding} and
     * {@code geheimhoudingPersoonsgegevens} by itself and rejects a request that names them.
     */
    static final List<String> FIELDS = List.of(
            "burgerservicenummer",
            "geboorte.datum",
            "overlijden.datum",
            "gemeenteVanInschrijving",
            "ouders.burgerservicenummer");

    private static final Logger log = LoggerFactory.getLogger(BrpPopulationRegister.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Waits between attempts. Tests replace it to count the waits without sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final BrpSettings settings;
    private final URI personen;
    private final BrpTransport transport;
    private final BrpAuthentication authentication;
    private final CircuitBreaker circuit;
    private final PersonCache cache;
    private final Sleeper sleeper;
    private final BrpMetrics metrics;
    private final Clock clock;

    BrpPopulationRegister(
            BrpSettings settings,
            BrpTransport transport,
            BrpAuthentication authentication,
            Sleeper sleeper,
            MeterRegistry meters,
            Clock clock) {
        this.settings = settings;
        this.personen = settings.personenUri();
        this.transport = transport;
        this.authentication = authentication;
        this.circuit = new CircuitBreaker(settings.failureThreshold(), settings.openDuration(), clock);
        this.cache = new PersonCache(settings.cacheTtl(), settings.cacheSize(), clock);
        this.sleeper = sleeper;
        this.metrics = new BrpMetrics(meters, circuit);
        this.clock = clock;
    }

    /** Checks the settings and builds the client with its TLS context and authentication. */
    static BrpPopulationRegister create(BrpSettings settings, MeterRegistry meters, Clock clock) {
        settings.validate();
        var transport = new BrpTransport(settings.connectTimeout(), settings.readTimeout(), BrpTls.context(settings));
        var authentication = switch (settings.authentication()) {
            case API_KEY ->
                BrpAuthentication.apiKey(
                        settings.apiKeyHeader().strip(), settings.apiKey().strip());
            case OAUTH2 -> new OAuth2ClientCredentials(transport, settings, clock);
        };
        return new BrpPopulationRegister(
                settings, transport, authentication, duration -> Thread.sleep(duration.toMillis()), meters, clock);
    }

    @Override
    public Optional<Person> findPerson(Bsn bsn) {
        var cached = cache.get(bsn);
        if (cached != null) {
            metrics.cacheHit();
            return cached;
        }
        return askRegister(List.of(bsn)).get(bsn);
    }

    /**
     * Returns the persons found, asking the register about the BSNs that the cache does not contain
     * in requests of up to {@link #MAXIMUM_BATCH} BSNs each, one request after another. For parallel
     * requests, call this from several threads.
     */
    @Override
    public Map<Bsn, Person> findPersons(Collection<Bsn> bsns) {
        var found = new LinkedHashMap<Bsn, Person>();
        var uncached = new ArrayList<Bsn>();
        for (var bsn : new LinkedHashSet<>(bsns)) {
            var cached = cache.get(bsn);
            if (cached == null) {
                uncached.add(bsn);
            } else {
                metrics.cacheHit();
                cached.ifPresent(person -> found.put(bsn, person));
            }
        }
        for (int from = 0; from < uncached.size(); from += MAXIMUM_BATCH) {
            var batch = uncached.subList(from, Math.min(from + MAXIMUM_BATCH, uncached.size()));
            askRegister(batch).forEach((bsn, person) -> person.ifPresent(value -> found.put(bsn, value)));
        }
        return found;
    }

    /** Asks the register about up to {@link #MAXIMUM_BATCH} BSNs in one request, through the circuit. */
    private Map<Bsn, Optional<Person>> askRegister(List<Bsn> bsns) {
        var rejection = circuit.acquire();
        if (rejection.isPresent()) {
            metrics.unavailable();
            throw new PopulationRegisterUnavailableException(
                    "The population register failed repeatedly, so it is not asked for "
                            + rejection.get().toSeconds() + " s (circuit open)",
                    rejection.get());
        }

        try {
            var persons = withRetries(bsns);
            circuit.succeeded();
            persons.forEach((bsn, person) -> {
                cache.put(bsn, person);
                metrics.lookedUp(person.isPresent());
            });
            return persons;
        } catch (BrpFailure failure) {
            throw unavailable(failure);
        } catch (PopulationRegisterConfigurationException fault) {
            // The register responded, so it is reachable and the circuit stays closed.
            circuit.succeeded();
            metrics.rejected();
            log.error("{}", fault.getMessage());
            throw fault;
        } catch (RuntimeException unexpected) {
            // Counted as a failure, so that a half-open circuit does not wait for its trial forever.
            circuit.failed();
            metrics.unavailable();
            throw unexpected;
        }
    }

    CircuitBreaker.State circuitState() {
        return circuit.state();
    }

    /** Records the failed look-up in the circuit and the metrics, and returns the exception for the caller. */
    private PopulationRegisterUnavailableException unavailable(BrpFailure failure) {
        metrics.unavailable();
        var opened = circuit.failed();
        if (opened) {
            log.warn(
                    "Population register: circuit opened for {} s after failed look-ups",
                    settings.openDuration().toSeconds());
        }
        var retryAfter = failure.retryAfter().orElse(settings.openDuration());
        return new PopulationRegisterUnavailableException(failure.getMessage(), failure, retryAfter);
    }

    private Map<Bsn, Optional<Person>> withRetries(List<Bsn> bsns) throws BrpFailure {
        for (int attempt = 1; ; attempt++) {
            try {
                return lookUp(bsns);
            } catch (BrpFailure failure) {
                if (!failure.retryable() || attempt >= settings.maxAttempts()) {
                    throw failure;
                }
                var wait = failure.retryAfter().orElse(backoff(attempt));
                if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                    throw failure;
                }
                log.warn(
                        "Population register look-up attempt {} of {} failed, retrying in {} ms: {}",
                        attempt,
                        settings.maxAttempts(),
                        wait.toMillis(),
                        failure.getMessage());
                pause(wait, failure);
            }
        }
    }

    /** Returns the wait after the given failed attempt: the initial back-off, doubled per attempt, capped. */
    Duration backoff(int attempt) {
        var wait = settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private void pause(Duration wait, BrpFailure failure) throws BrpFailure {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrpFailure(
                    "Interrupted while waiting to retry: " + failure.getMessage(), false, Optional.empty(), e);
        }
    }

    private Map<Bsn, Optional<Person>> lookUp(List<Bsn> bsns) throws BrpFailure {
        var response = send(requestBody(bsns));
        if (response.status() == 200) {
            return read(bsns, response.body());
        }
        if (response.status() == 401) {
            authentication.rejected();
        }
        if (BrpResponses.isConfigurationFault(response.status())) {
            throw BrpResponses.configurationFault(response);
        }
        throw BrpResponses.failure(response, clock);
    }

    private BrpTransport.Response send(String body) throws BrpFailure {
        try {
            return transport.post(personen, "application/json; charset=utf-8", body, authentication.headers());
        } catch (HttpTimeoutException e) {
            throw new BrpFailure("The population register did not respond in time", true, Optional.empty(), e);
        } catch (ConnectException e) {
            throw new BrpFailure("The population register refused the connection", true, Optional.empty(), e);
        } catch (IOException e) {
            throw new BrpFailure("The connection to the population register failed: " + e, true, Optional.empty(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrpFailure("Interrupted while asking the population register", false, Optional.empty(), e);
        }
    }

    private static String requestBody(List<Bsn> bsns) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "RaadpleegMetBurgerservicenummer");
        body.put("burgerservicenummer", bsns.stream().map(Bsn::digits).toList());
        body.put("fields", FIELDS);
        return JSON.writeValueAsString(body);
    }

    /** Reads the persons of the response. Each requested BSN without a person in it maps to empty. */
    private static Map<Bsn, Optional<Person>> read(List<Bsn> bsns, String body) throws BrpFailure {
        JsonNode persons;
        try {
            persons = JSON.readTree(body).path("personen");
        } catch (JacksonException e) {
            throw new BrpFailure(
                    "The population register returned a body that is not JSON", false, Optional.empty(), e);
        }
        var requested = new HashMap<String, Bsn>();
        bsns.forEach(bsn -> requested.put(bsn.digits(), bsn));
        var result = new LinkedHashMap<Bsn, Optional<Person>>();
        bsns.forEach(bsn -> result.put(bsn, Optional.empty()));
        for (var person : persons) {
            var number = person.path("burgerservicenummer");
            var bsn = number.isString() ? requested.get(number.stringValue()) : null;
            if (bsn != null) {
                result.put(bsn, BrpPersonMapper.toPerson(bsn, person));
            }
        }
        return result;
    }
}
