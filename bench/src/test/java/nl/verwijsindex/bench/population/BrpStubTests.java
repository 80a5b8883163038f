package nl.verwijsindex.bench.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BrpStubTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX_FIELDS = "[\"burgerservicenummer\", \"geboorte.datum\", \"overlijden.datum\","
            + " \"gemeenteVanInschrijving\", \"ouders.burgerservicenummer\"]";
    private static final NationalPopulation POPULATION = NationalPopulation.of(11, 5000);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static HttpServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        var clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        server = new BrpStub(POPULATION, 0, clock).start(0, 2);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void returnsFieldsTheIndexReadsForOneFamily() throws Exception {
        var child = familyChild();
        var parents = child.parents();

        var response = post(request(INDEX_FIELDS, child.bsn(), parents.get(0)), "X-API-KEY", "bench");

        assertEquals(200, response.statusCode());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElse(""));
        var expected = JSON.readTree("""
            {"type": "RaadpleegMetBurgerservicenummer", "personen": [
              {"burgerservicenummer": "%s",
               "geboorte": {"datum": {"type": "Datum", "datum": "%s", "langFormaat": "%s"}},
               "gemeenteVanInschrijving": {"code": "%s", "omschrijving": "%s"},
               "ouders": [{"burgerservicenummer": "%s"}, {"burgerservicenummer": "%s"}]},
              {"burgerservicenummer": "%s",
               "geboorte": {"datum": {"type": "Datum", "datum": "%s", "langFormaat": "%s"}},
               "gemeenteVanInschrijving": {"code": "%s", "omschrijving": "%s"}}
            ]}
            """.formatted(
                        child.bsn(),
                        child.birthDate(),
                        longDate(child.birthDate()),
                        child.municipalityCode(),
                        child.municipalityName(),
                        parents.get(0),
                        parents.get(1),
                        parents.get(0),
                        parent(child).birthDate(),
                        longDate(parent(child).birthDate()),
                        parent(child).municipalityCode(),
                        parent(child).municipalityName()));
        assertEquals(expected, JSON.readTree(response.body()));
    }

    @Test
    void returnsNamesAgeAndChildrenOfParent() throws Exception {
        var child = familyChild();
        var parent = parent(child);

        var response = post(
                request(
                        "[\"burgerservicenummer\", \"naam\", \"geslacht\", \"leeftijd\","
                                + " \"kinderen.burgerservicenummer\"]",
                        parent.bsn()),
                "X-API-KEY",
                "any");

        var person = JSON.readTree(response.body()).path("personen").get(0);
        var name = person.path("naam");
        assertEquals(parent.bsn(), person.path("burgerservicenummer").asText());
        assertEquals(parent.givenName(), name.path("voornamen").asText());
        assertEquals(parent.surname(), name.path("geslachtsnaam").asText());
        assertEquals(
                parent.givenName().charAt(0) + ".", name.path("voorletters").asText());
        assertEquals(
                parent.male() ? "M" : "V", person.path("geslacht").path("code").asText());
        assertEquals(
                java.time.Period.between(parent.birthDate(), TODAY).getYears(),
                person.path("leeftijd").asInt());
        assertEquals(parent.children().size(), person.path("kinderen").size());
        for (int i = 0; i < parent.children().size(); i++) {
            var entry = person.path("kinderen").get(i);
            assertEquals(1, entry.size(), entry.toString());
            assertEquals(
                    parent.children().get(i), entry.path("burgerservicenummer").asText());
        }
        assertEquals(5, person.size(), person.toString());
    }

    @Test
    void marksDeceasedAndEmigratedRecordsSuspended() throws Exception {
        var deceased = find(true);
        var emigrated = find(false);

        var response = post(request(INDEX_FIELDS, deceased.bsn(), emigrated.bsn()), "X-API-KEY", "bench");

        var persons = JSON.readTree(response.body()).path("personen");
        var deceasedRecord = persons.get(0);
        assertEquals(
                deceased.deathDate().toString(),
                deceasedRecord.path("overlijden").path("datum").path("datum").asText());
        assertEquals(
                "O",
                deceasedRecord
                        .path("opschortingBijhouding")
                        .path("reden")
                        .path("code")
                        .asText());
        assertEquals(
                deceased.deathDate().toString(),
                deceasedRecord
                        .path("opschortingBijhouding")
                        .path("datum")
                        .path("datum")
                        .asText());
        var emigratedRecord = persons.get(1);
        assertEquals(
                "E",
                emigratedRecord
                        .path("opschortingBijhouding")
                        .path("reden")
                        .path("code")
                        .asText());
        assertEquals(
                "emigratie",
                emigratedRecord
                        .path("opschortingBijhouding")
                        .path("reden")
                        .path("omschrijving")
                        .asText());
        assertEquals(
                "1999",
                emigratedRecord.path("gemeenteVanInschrijving").path("code").asText());
    }

    @Test
    void returnsNoPersonForUnknownBsn() throws Exception {
        var response = post(request(INDEX_FIELDS, "999970033"), "X-API-KEY", "bench");

        assertEquals(200, response.statusCode());
        assertEquals(
                JSON.readTree("{\"type\": \"RaadpleegMetBurgerservicenummer\", \"personen\": []}"),
                JSON.readTree(response.body()));
    }

    @Test
    void rejectsInvalidBsnWithProblem() throws Exception {
        var response = post(request(INDEX_FIELDS, "12345"), "X-API-KEY", "bench");

        assertEquals(400, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        var problem = JSON.readTree(response.body());
        assertEquals("paramsValidation", problem.path("code").asText());
        assertEquals(
                "burgerservicenummer[0]",
                problem.path("invalidParams").get(0).path("name").asText());
        assertEquals(
                "pattern", problem.path("invalidParams").get(0).path("code").asText());
    }

    @Test
    void rejectsMoreThanTwentyBsns() throws Exception {
        var bsns = new String[21];
        for (int i = 0; i < bsns.length; i++) {
            bsns[i] = POPULATION.bsn(i);
        }

        var response = post(request(INDEX_FIELDS, bsns), "X-API-KEY", "bench");

        assertEquals(400, response.statusCode());
        assertEquals(
                "maxItems",
                JSON.readTree(response.body())
                        .path("invalidParams")
                        .get(0)
                        .path("code")
                        .asText());
    }

    @Test
    void rejectsRequestForImplicitField() throws Exception {
        var response = post(request("[\"opschortingBijhouding\"]", POPULATION.bsn(0)), "X-API-KEY", "bench");

        assertEquals(400, response.statusCode());
        assertEquals(
                "fields[0]",
                JSON.readTree(response.body())
                        .path("invalidParams")
                        .get(0)
                        .path("name")
                        .asText());
    }

    @Test
    void rejectsRequestWithoutKey() throws Exception {
        var response = post(request(INDEX_FIELDS, POPULATION.bsn(0)), "X-Other", "bench");

        assertEquals(401, response.statusCode());
    }

    @Test
    void returnsTwentyPersonsInOneResponse() throws Exception {
        var bsns = new String[20];
        for (int i = 0; i < bsns.length; i++) {
            bsns[i] = POPULATION.bsn(i);
        }

        var response = post(request(INDEX_FIELDS, bsns), "X-API-KEY", "bench");

        JsonNode persons = JSON.readTree(response.body()).path("personen");
        assertEquals(20, persons.size());
        for (int i = 0; i < bsns.length; i++) {
            assertEquals(bsns[i], persons.get(i).path("burgerservicenummer").asText());
        }
    }

    private static Person familyChild() {
        for (int k = 0; k < POPULATION.children(); k++) {
            var child = POPULATION.person(POPULATION.child(k));
            if (child.parents().size() == 2
                    && POPULATION.person(child.parents().get(0)).deathDate() == null
                    && POPULATION.person(child.parents().get(0)).emigrationDate() == null) {
                return child;
            }
        }
        throw new AssertionError("no child with two parents");
    }

    private static Person parent(Person child) {
        return POPULATION.person(child.parents().get(0));
    }

    private static Person find(boolean deceased) {
        for (int i = 0; i < POPULATION.persons(); i++) {
            var person = POPULATION.person(i);
            if (deceased ? person.deathDate() != null : person.emigrationDate() != null) {
                return person;
            }
        }
        throw new AssertionError("no " + (deceased ? "deceased" : "emigrated") + " person");
    }

    private static String longDate(LocalDate date) {
        var text = BrpJson.date(date).path("langFormaat").asText();
        assertNotNull(text);
        return text;
    }

    private static String request(String fields, String... bsns) {
        var list = new StringBuilder();
        for (var bsn : bsns) {
            list.append(list.isEmpty() ? "" : ", ").append('"').append(bsn).append('"');
        }
        return "{\"type\": \"RaadpleegMetBurgerservicenummer\", \"burgerservicenummer\": [" + list + "], \"fields\": "
                + fields + "}";
    }

    private static HttpResponse<String> post(String body, String header, String value) throws Exception {
        var uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/personen");
        var request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
