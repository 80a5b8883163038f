package nl.verwijsindex.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BirthDate;
import nl.verwijsindex.population.BrpStub;
import nl.verwijsindex.population.BrpStub.Scripted;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.testing.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrpPopulationRegisterTests {

    private static final BrpStub stub = BrpStub.start();

    /** A BSN that passes the 11-test but belongs to none of the RvIG test persons. */
    private static final String UNKNOWN_BSN = "123456782";

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 4));
    private final List<Duration> sleeps = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void resetStub() {
        stub.reset();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void findsPersonWithCompleteBirthDate() {
        var person = register().findPerson(Bsn.of("999970033")).orElseThrow();

        assertThat(person.bsn()).isEqualTo(Bsn.of("999970033"));
        assertThat(person.birthDate()).isEqualTo(BirthDate.of(LocalDate.of(2017, 1, 1)));
        assertThat(person.deceased()).isFalse();
        assertThat(person.residence()).isEqualTo(Residence.in("0518"));
        assertThat(person.parentBsns()).containsExactly(Bsn.of("999999126"), Bsn.of("999999163"));
        assertThat(person.secret()).isFalse();
    }

    @Test
    void sendsQueryOfSpecification() {
        register().findPerson(Bsn.of("999970033"));

        var request = stub.received("/personen").get(0);
        var query = request.json();
        assertThat(query.path("type").stringValue()).isEqualTo("RaadpleegMetBurgerservicenummer");
        assertThat(query.path("burgerservicenummer").size()).isEqualTo(1);
        assertThat(query.path("burgerservicenummer").get(0).stringValue()).isEqualTo("999970033");
        var fields = new ArrayList<String>();
        query.path("fields").forEach(field -> fields.add(field.stringValue()));
        assertThat(fields)
                .containsExactly(
                        "burgerservicenummer",
                        "geboorte.datum",
                        "overlijden.datum",
                        "gemeenteVanInschrijving",
                        "ouders.burgerservicenummer");
        assertThat(request.headers()).containsEntry("x-api-key", BrpStub.API_KEY);
        assertThat(request.headers().get("content-type")).startsWith("application/json");
    }

    @Test
    void stubRejectsAutomaticField() {
        var body = "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"burgerservicenummer\":[\"999970033\"],"
                + "\"fields\":[\"geheimhoudingPersoonsgegevens\"]}";
        var transport = new BrpTransport(Duration.ofSeconds(1), Duration.ofSeconds(1), null);

        var response = send(transport, body);

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void returnsEmptyWhenNotFound() {
        assertThat(register().findPerson(Bsn.of(UNKNOWN_BSN))).isEmpty();
        assertThat(stub.personenRequests()).isEqualTo(1);
    }

    @Test
    void readsDeath() {
        var person = register().findPerson(Bsn.of("999970422")).orElseThrow();

        assertThat(person.deceased()).isTrue();
        assertThat(person.birthDate()).isEqualTo(BirthDate.of(LocalDate.of(2021, 10, 12)));
        assertThat(person.residence()).isEqualTo(Residence.in("0518"));
    }

    @Test
    void readsDeathWithUnknownDate() {
        stub.person("999970033").putObject("overlijden").set("datum", BrpStub.date("00000000"));

        assertThat(register().findPerson(Bsn.of("999970033")).orElseThrow().deceased())
                .isTrue();
    }

    @Test
    void readsSecrecy() {
        var person = register().findPerson(Bsn.of("100600220")).orElseThrow();

        assertThat(person.secret()).isTrue();
        assertThat(person.residence()).isEqualTo(Residence.in("1916"));
        assertThat(person.parentBsns()).isEmpty();
    }

    @Test
    void readsYearAndMonthDate() {
        var person = register().findPerson(Bsn.of("999970598")).orElseThrow();

        assertThat(person.birthDate()).isEqualTo(new BirthDate(1978, 6, null));
    }

    @Test
    void readsYearDate() {
        var person = register().findPerson(Bsn.of("999970586")).orElseThrow();

        assertThat(person.birthDate()).isEqualTo(new BirthDate(1970, null, null));
    }

    @Test
    void readsUnknownDate() {
        var person = register().findPerson(Bsn.of("999994220")).orElseThrow();

        assertThat(person.birthDate()).isEqualTo(BirthDate.unknown());
    }

    @Test
    void readsEmigration() {
        var person = register().findPerson(Bsn.of("999990123")).orElseThrow();

        assertThat(person.residence()).isEqualTo(Residence.emigrated());
        assertThat(person.deceased()).isFalse();
        assertThat(person.secret()).isTrue();
    }

    @Test
    void readsNonResident() {
        var person = register().findPerson(Bsn.of("999990457")).orElseThrow();

        assertThat(person.residence()).isEqualTo(Residence.nonResident());
        assertThat(person.birthDate()).isEqualTo(new BirthDate(1995, 2, null));
    }

    @Test
    void skipsMinisterialSuspension() {
        assertThat(register().findPerson(Bsn.of("999993586"))).isEmpty();
    }

    @Test
    void reportsBadRequestToOperator() {
        stub.enqueue(Scripted.problem(400, "Een of meerdere parameters zijn niet correct.", "paramsValidation"));

        assertThatThrownBy(() -> register().findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterConfigurationException.class)
                .hasMessage("The population register rejected the request with status 400, title 'Een of meerdere"
                        + " parameters zijn niet correct.', code 'paramsValidation': the request does not fit the"
                        + " register's API version; check VERWIJSINDEX_POPULATION_BRP_URL");
        assertThat(stub.personenRequests()).isEqualTo(1);
    }

    @Test
    void leavesOutTitleQuotingBsn() {
        stub.enqueue(Scripted.problem(400, "Burgerservicenummer 999970033 is niet correct.", "paramsValidation"));

        assertThatThrownBy(() -> register().findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterConfigurationException.class)
                .hasMessage("The population register rejected the request with status 400, code 'paramsValidation':"
                        + " the request does not fit the register's API version; check"
                        + " VERWIJSINDEX_POPULATION_BRP_URL");
    }

    @Test
    void namesInvalidParameters() {
        var body =
                "{\"title\":\"Een of meerdere parameters zijn niet correct.\",\"status\":400,\"code\":\"paramsValidation\","
                        + "\"detail\":\"De foutieve parameter(s) zijn: burgerservicenummer[0].\","
                        + "\"invalidParams\":[{\"code\":\"pattern\",\"name\":\"burgerservicenummer[0]\",\"reason\":\"x\"}]}";
        stub.enqueue(new Scripted(400, body, Map.of("Content-Type", "application/problem+json"), Duration.ZERO));

        assertThatThrownBy(() -> register().findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterConfigurationException.class)
                .hasMessageContaining("invalid parameters burgerservicenummer[0] (pattern)")
                .hasMessageNotContaining("De foutieve");
    }

    @Test
    void reportsWrongApiKey() {
        var register = register(Map.of("api-key", "wrong"));

        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterConfigurationException.class)
                .hasMessage("The population register rejected the request with status 401, title 'Niet correct"
                        + " geauthenticeerd.', code 'authentication': check the credentials in"
                        + " VERWIJSINDEX_POPULATION_BRP_API_KEY or VERWIJSINDEX_POPULATION_BRP_CLIENT_ID and"
                        + " VERWIJSINDEX_POPULATION_BRP_CLIENT_SECRET");
        assertThat(stub.personenRequests()).isEqualTo(1);
        assertThat(register.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void reportsMissingAuthorisation() {
        stub.enqueue(Scripted.problem(403, "U bent niet geautoriseerd voor deze operatie.", "autorisation"));

        assertThatThrownBy(() -> register().findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterConfigurationException.class)
                .hasMessageContaining(
                        "status 403, title 'U bent niet geautoriseerd voor deze operatie.', code" + " 'autorisation'")
                .extracting(e -> ((PopulationRegisterConfigurationException) e).status())
                .isEqualTo(403);
    }

    @Test
    void reportsWrongPath() {
        stub.enqueue(new Scripted(404, "", Map.of(), Duration.ZERO));

        assertThatThrownBy(() -> register().findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterConfigurationException.class)
                .hasMessage("The population register rejected the request with status 404: check"
                        + " VERWIJSINDEX_POPULATION_BRP_URL, which must be the API's base URL without /personen");
    }

    @Test
    void retriesTooManyRequestsAfterRetryAfter() {
        stub.enqueue(
                Scripted.problem(429, "Too many request", "tooManyRequests").withHeader("Retry-After", "2"));

        var person = register().findPerson(Bsn.of("999970033"));

        assertThat(person).isPresent();
        assertThat(stub.personenRequests()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void readsRetryAfterAsDate() {
        var wait = BrpResponses.parseRetryAfter("Fri, 04 Dec 2026 11:00:05 GMT", clock);

        assertThat(wait).contains(Duration.ofSeconds(5));
    }

    @Test
    void givesUpOnLongRetryAfter() {
        stub.enqueue(
                Scripted.problem(429, "Too many request", "tooManyRequests").withHeader("Retry-After", "120"));

        assertThatThrownBy(() -> register().findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterUnavailableException.class)
                .hasMessage("The population register limits the request rate (429, title 'Too many request', code"
                        + " 'tooManyRequests')")
                .extracting(e -> ((PopulationRegisterUnavailableException) e).retryAfter())
                .isEqualTo(Duration.ofSeconds(120));
        assertThat(stub.personenRequests()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesUnavailableWithBackoff() {
        for (int i = 0; i < 3; i++) {
            stub.enqueue(Scripted.problem(503, "Bronservice BRP is tijdelijk niet beschikbaar.", "notAvailable"));
        }

        assertThatThrownBy(() -> register().findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterUnavailableException.class)
                .hasMessage("The population register is unavailable (503, title 'Bronservice BRP is tijdelijk niet"
                        + " beschikbaar.', code 'notAvailable')")
                .extracting(e -> ((PopulationRegisterUnavailableException) e).retryAfter())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(stub.personenRequests()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void recoversAfterOneUnavailable() {
        stub.enqueue(new Scripted(502, "", Map.of(), Duration.ZERO));
        stub.enqueue(new Scripted(504, "", Map.of(), Duration.ZERO));

        assertThat(register().findPerson(Bsn.of("999970033"))).isPresent();
        assertThat(stub.personenRequests()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void capsBackoff() {
        var register = register(Map.of("max-attempts", "10"));

        assertThat(register.backoff(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(register.backoff(4)).isEqualTo(Duration.ofMillis(1600));
        assertThat(register.backoff(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(register.backoff(9)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void doesNotRetryServerError() {
        stub.enqueue(Scripted.problem(500, "Interne server fout.", "serverError"));

        assertThatThrownBy(() -> register().findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterUnavailableException.class)
                .hasMessage("The population register failed (500, title 'Interne server fout.', code 'serverError')");
        assertThat(stub.personenRequests()).isEqualTo(1);
    }

    @Test
    void retriesReadTimeout() {
        stub.enqueue(Scripted.slow(Duration.ofSeconds(2)));
        stub.enqueue(Scripted.slow(Duration.ofSeconds(2)));
        var register = register(Map.of("read-timeout", "300ms", "max-attempts", "2"));

        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterUnavailableException.class)
                .hasMessage("The population register did not respond in time");
        assertThat(stub.personenRequests()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void retriesRefusedConnection() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var register = register(Map.of("url", "http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterUnavailableException.class)
                .hasMessage("The population register refused the connection");
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void opensCircuitAfterThreshold() {
        var register = register(Map.of("max-attempts", "1", "failure-threshold", "2"));
        stub.enqueue(new Scripted(503, "", Map.of(), Duration.ZERO));
        stub.enqueue(new Scripted(503, "", Map.of(), Duration.ZERO));

        lookUpFailing(register);
        assertThat(register.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        lookUpFailing(register);
        assertThat(register.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

        clock.setInstant(clock.instant().plusSeconds(10));
        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterUnavailableException.class)
                .hasMessage("The population register failed repeatedly, so it is not asked for 20 s (circuit open)")
                .extracting(e -> ((PopulationRegisterUnavailableException) e).retryAfter())
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(stub.personenRequests()).isEqualTo(2);
    }

    @Test
    void closesCircuitAfterSuccessfulTrial() {
        var register = register(Map.of("max-attempts", "1", "failure-threshold", "1"));
        stub.enqueue(new Scripted(503, "", Map.of(), Duration.ZERO));
        lookUpFailing(register);
        assertThat(register.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

        clock.setInstant(clock.instant().plusSeconds(30));
        var person = register.findPerson(Bsn.of("999970033"));

        assertThat(person).isPresent();
        assertThat(register.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(stub.personenRequests()).isEqualTo(2);
    }

    @Test
    void reopensCircuitAfterFailedTrial() {
        var register = register(Map.of("max-attempts", "1", "failure-threshold", "1"));
        stub.enqueue(new Scripted(503, "", Map.of(), Duration.ZERO));
        stub.enqueue(new Scripted(503, "", Map.of(), Duration.ZERO));
        lookUpFailing(register);

        clock.setInstant(clock.instant().plusSeconds(29));
        lookUpFailing(register);
        assertThat(stub.personenRequests()).isEqualTo(1);
        clock.setInstant(clock.instant().plusSeconds(1));
        lookUpFailing(register);

        assertThat(stub.personenRequests()).isEqualTo(2);
        assertThat(register.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void letsOneTrialThroughWhenHalfOpen() {
        var circuit = new CircuitBreaker(1, Duration.ofSeconds(30), clock);
        circuit.failed();
        clock.setInstant(clock.instant().plusSeconds(30));

        assertThat(circuit.acquire()).isEmpty();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(circuit.acquire()).contains(Duration.ofSeconds(30));
    }

    @Test
    void cachesWithinTimeToLive() {
        var register = register();

        register.findPerson(Bsn.of("999970033"));
        clock.setInstant(clock.instant().plusSeconds(59));
        var second = register.findPerson(Bsn.of("999970033"));

        assertThat(second).isPresent();
        assertThat(stub.personenRequests()).isEqualTo(1);
    }

    @Test
    void asksAgainAfterTimeToLive() {
        var register = register();

        register.findPerson(Bsn.of("999970033"));
        clock.setInstant(clock.instant().plusSeconds(60));
        register.findPerson(Bsn.of("999970033"));

        assertThat(stub.personenRequests()).isEqualTo(2);
    }

    @Test
    void countsLookUpsByResult() {
        var register = register(Map.of("max-attempts", "1", "failure-threshold", "1"));
        register.findPerson(Bsn.of("999970033"));
        register.findPerson(Bsn.of("999970033"));
        register.findPerson(Bsn.of(UNKNOWN_BSN));
        stub.enqueue(Scripted.problem(403, "U bent niet geautoriseerd voor deze operatie.", "autorisation"));
        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970045")))
                .isInstanceOf(PopulationRegisterConfigurationException.class);
        stub.enqueue(new Scripted(503, "", Map.of(), Duration.ZERO));
        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970070")))
                .isInstanceOf(PopulationRegisterUnavailableException.class);

        assertThat(lookups("cache-hit")).isEqualTo(1);
        assertThat(lookups("found")).isEqualTo(1);
        assertThat(lookups("not-found")).isEqualTo(1);
        assertThat(lookups("rejected")).isEqualTo(1);
        assertThat(lookups("unavailable")).isEqualTo(1);
        assertThat(meters.get("verwijsindex.population.circuit.open").gauge().value())
                .isEqualTo(1);
    }

    @Test
    void cachesNotFound() {
        var register = register();

        register.findPerson(Bsn.of(UNKNOWN_BSN));
        var second = register.findPerson(Bsn.of(UNKNOWN_BSN));

        assertThat(second).isEmpty();
        assertThat(stub.personenRequests()).isEqualTo(1);
    }

    @Test
    void skipsCacheWhenSwitchedOff() {
        var register = register(Map.of("cache-ttl", "0s"));

        register.findPerson(Bsn.of("999970033"));
        register.findPerson(Bsn.of("999970033"));

        assertThat(stub.personenRequests()).isEqualTo(2);
    }

    @Test
    void fetchesOauth2TokenOnce() {
        var register = oauth2Register();

        register.findPerson(Bsn.of("999970033"));
        register.findPerson(Bsn.of("999970045"));

        assertThat(stub.tokensIssued()).isEqualTo(1);
        var token = stub.received("/token").get(0);
        assertThat(token.body()).isEqualTo("grant_type=client_credentials&scope=brp.personen");
        assertThat(token.headers().get("authorization")).isEqualTo("Basic aW5kZXg6czNjcmV0");
        assertThat(token.headers().get("content-type")).isEqualTo("application/x-www-form-urlencoded");
        for (var request : stub.received("/personen")) {
            assertThat(request.headers().get("authorization")).isEqualTo("Bearer token-1");
            assertThat(request.headers()).doesNotContainKey("x-api-key");
        }
    }

    @Test
    void renewsOauth2TokenBeforeExpiry() {
        var register = oauth2Register();
        register.findPerson(Bsn.of("999970033"));

        clock.setInstant(clock.instant().plusSeconds(269));
        register.findPerson(Bsn.of("999970045"));
        assertThat(stub.tokensIssued()).isEqualTo(1);

        clock.setInstant(clock.instant().plusSeconds(1));
        register.findPerson(Bsn.of("999970070"));
        assertThat(stub.tokensIssued()).isEqualTo(2);
        assertThat(stub.received("/personen").get(2).headers().get("authorization"))
                .isEqualTo("Bearer token-2");
    }

    @Test
    void dropsOauth2TokenAfterRejection() {
        var register = oauth2Register();
        stub.enqueue(Scripted.problem(401, "Niet correct geauthenticeerd.", "authentication"));

        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterConfigurationException.class);
        register.findPerson(Bsn.of("999970033"));

        assertThat(stub.tokensIssued()).isEqualTo(2);
    }

    private static BrpTransport.Response send(BrpTransport transport, String body) {
        try {
            return transport.post(
                    java.net.URI.create(stub.url() + "/personen"),
                    "application/json",
                    body,
                    Map.of("X-API-KEY", BrpStub.API_KEY));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private double lookups(String result) {
        return meters.get("verwijsindex.population.lookups")
                .tag("result", result)
                .counter()
                .count();
    }

    private void lookUpFailing(BrpPopulationRegister register) {
        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterUnavailableException.class);
    }

    private BrpPopulationRegister oauth2Register() {
        var settings = BrpSettingsTests.bind(Map.of(
                "url", stub.url(),
                "authentication", "oauth2",
                "token-url", stub.url() + "/token",
                "client-id", "index",
                "client-secret", "s3cret",
                "scope", "brp.personen",
                "cache-ttl", "0s"));
        settings.validate();
        var transport = new BrpTransport(settings.connectTimeout(), settings.readTimeout(), null);
        return new BrpPopulationRegister(
                settings,
                transport,
                new OAuth2ClientCredentials(transport, settings, clock),
                sleeps::add,
                meters,
                clock);
    }

    private BrpPopulationRegister register() {
        return register(Map.of());
    }

    private BrpPopulationRegister register(Map<String, String> overrides) {
        var properties = new HashMap<String, String>();
        properties.put("url", stub.url());
        properties.put("api-key", BrpStub.API_KEY);
        properties.putAll(overrides);
        var settings = BrpSettingsTests.bind(properties);
        settings.validate();
        var transport = new BrpTransport(settings.connectTimeout(), settings.readTimeout(), BrpTls.context(settings));
        var authentication = BrpAuthentication.apiKey(settings.apiKeyHeader(), settings.apiKey());
        return new BrpPopulationRegister(settings, transport, authentication, sleeps::add, meters, clock);
    }
}
