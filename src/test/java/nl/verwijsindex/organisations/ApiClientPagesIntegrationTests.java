package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/** The organisation administrator's API clients: a token shown once, rotated and revoked, and checked against the API. */
class ApiClientPagesIntegrationTests extends IntegrationTest {

    private static final Pattern TOKEN_FIELD = Pattern.compile(
            "id=\"token\" type=\"text\" readonly\\s+" + "autocomplete=\"off\" spellcheck=\"false\" value=\"([^\"]+)\"");

    @Test
    void listShowsOwnClientsWithoutTokens() {
        var response = loggedIn(SCHOOL_ADMINISTRATOR).get("/organisation/api-clients");

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body).contains(SCHOOL.name() + " client", "1 januari 2026", "Niet ingetrokken");
        assertThat(body).doesNotContain(SCHOOL.apiToken(), OTHER_TOWN_SCHOOL.name() + " client");
    }

    @Test
    void createdTokenIsShownOnceAndWorks() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");

        var created = administrator.post("/organisation/api-clients", Map.of("name", "Leerlingvolgsysteem"));
        var token = token(created);
        var list = administrator.get("/organisation/api-clients").body();
        var call = new TestApi(port).matches(token, TEACHER.id());

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(created.body()).contains("De koppeling Leerlingvolgsysteem is gemaakt.");
        assertThat(created.body()).contains("Kopieer het token nu");
        assertThat(list).contains("Leerlingvolgsysteem", "4 december 2026").doesNotContain(token);
        assertThat(call.status()).isEqualTo(200);
        assertThat(jdbc.sql("select organisation_id from api_clients where name = 'Leerlingvolgsysteem'")
                        .query(UUID.class)
                        .single())
                .isEqualTo(SCHOOL.id());
    }

    @Test
    void creatingRejectsMissingName() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");

        var empty = administrator.post("/organisation/api-clients", Map.of("name", "  "));
        var tooLong = administrator.post("/organisation/api-clients", Map.of("name", "x".repeat(101)));

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("href=\"#client-name\">Vul de naam van de koppeling in.</a>");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("De naam is te lang: gebruik hoogstens 100 tekens.");
        assertThat(schoolClientCount()).isEqualTo(1);
    }

    @Test
    void parallelCreatesMakeOneClient() throws Exception {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");
        var start = new java.util.concurrent.CountDownLatch(1);
        var executor = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var statuses = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                statuses.add(executor.submit(() -> {
                    start.await();
                    return administrator
                            .post("/organisation/api-clients", Map.of("name", "Leerlingvolgsysteem"))
                            .statusCode();
                }));
            }
            start.countDown();
            var counted = new java.util.ArrayList<Integer>();
            for (var status : statuses) {
                counted.add(status.get());
            }

            assertThat(counted).filteredOn(status -> status == 200).hasSize(1);
            assertThat(counted).filteredOn(status -> status == 422).hasSize(7);
            assertThat(schoolClientCount()).isEqualTo(2);
        } finally {
            executor.shutdownNow();
        }
        var again = administrator.post("/organisation/api-clients", Map.of("name", "leerlingvolgsysteem"));
        assertThat(again.body())
                .contains("Er is al een koppeling met de naam leerlingvolgsysteem. Kies een andere naam, of geef die"
                        + " koppeling een nieuw token.");
    }

    @Test
    void creatingRejectsBsnInName() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");

        var rejected = administrator.post("/organisation/api-clients", Map.of("name", "koppeling 000010029"));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body())
                .contains(
                        "href=\"#client-name\">De naam van de koppeling lijkt een BSN te bevatten. Laat het BSN weg.</a>");
        assertThat(rejected.body()).doesNotContain("000010029");
        assertThat(schoolClientCount()).isEqualTo(1);
    }

    @Test
    void rotatedTokenReplacesOldOne() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");
        var created = administrator.post("/organisation/api-clients", Map.of("name", "Leerlingvolgsysteem"));
        var oldToken = token(created);
        var id = clientId("Leerlingvolgsysteem");
        administrator.get("/organisation/api-clients");

        var rotated = administrator.post("/organisation/api-clients/" + id + "/rotate", Map.of());
        var newToken = token(rotated);
        var api = new TestApi(port);

        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(rotated.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(rotated.body()).contains("De koppeling Leerlingvolgsysteem heeft een nieuw token.");
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(api.matches(oldToken, TEACHER.id()).status()).isEqualTo(401);
        assertThat(api.matches(newToken, TEACHER.id()).status()).isEqualTo(200);
    }

    @Test
    void rotatingAsksConfirmationFirst() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");
        var token = token(administrator.post("/organisation/api-clients", Map.of("name", "Leerlingvolgsysteem")));
        var id = clientId("Leerlingvolgsysteem");

        var list = administrator.get("/organisation/api-clients").body();
        var confirmation = administrator.get("/organisation/api-clients/" + id + "/rotate");
        var stillWorks = new TestApi(port).matches(token, TEACHER.id());

        assertThat(list)
                .containsPattern(
                        "<a [^>]*id=\"rotate-" + id + "\"\\s+href=\"/organisation/api-clients/" + id + "/rotate\">");
        assertThat(list).doesNotContain("action=\"/organisation/api-clients/" + id + "/rotate\"");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(confirmation.body()).contains("Nieuw token voor koppeling Leerlingvolgsysteem?");
        assertThat(confirmation.body()).contains("Het huidige token van deze koppeling werkt dan meteen niet meer.");
        assertThat(confirmation.body())
                .contains("action=\"/organisation/api-clients/" + id + "/rotate\" method=\"post\"");
        assertThat(confirmation.body()).contains("id=\"rotate-submit\"", "id=\"rotate-cancel\"");
        assertThat(stillWorks.status()).isEqualTo(200);
    }

    @Test
    void revokedClientHasNoRotateConfirmation() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");
        administrator.post("/organisation/api-clients", Map.of("name", "Leerlingvolgsysteem"));
        var id = clientId("Leerlingvolgsysteem");
        administrator.get("/organisation/api-clients/" + id + "/revoke");
        administrator.post("/organisation/api-clients/" + id + "/revoke", Map.of());

        var confirmation = administrator.get("/organisation/api-clients/" + id + "/rotate");

        assertThat(confirmation.statusCode()).isEqualTo(404);
        assertThat(confirmation.body()).doesNotContain("Leerlingvolgsysteem");
    }

    @Test
    void revokingAsksConfirmationThenStopsToken() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");
        var token = token(administrator.post("/organisation/api-clients", Map.of("name", "Leerlingvolgsysteem")));
        var id = clientId("Leerlingvolgsysteem");

        var confirmation = administrator.get("/organisation/api-clients/" + id + "/revoke");
        var stillWorks = new TestApi(port).matches(token, TEACHER.id());
        var revoked = administrator.post("/organisation/api-clients/" + id + "/revoke", Map.of());
        var list = administrator.get("/organisation/api-clients").body();
        var rotateRevoked = administrator.post("/organisation/api-clients/" + id + "/rotate", Map.of());

        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Koppeling Leerlingvolgsysteem intrekken?", "id=\"revoke-submit\"");
        assertThat(stillWorks.status()).isEqualTo(200);
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(revoked)).isEqualTo("/organisation/api-clients");
        assertThat(list).contains("De koppeling Leerlingvolgsysteem is ingetrokken. Haar token werkt niet meer.");
        assertThat(new TestApi(port).matches(token, TEACHER.id()).status()).isEqualTo(401);
        assertThat(rotateRevoked.statusCode()).isEqualTo(404);
    }

    @Test
    void foreignClientIsNotFound() {
        var foreignId = clientId(OTHER_TOWN_SCHOOL.name() + " client");
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");

        var confirmation = administrator.get("/organisation/api-clients/" + foreignId + "/revoke");
        var revoke = administrator.post("/organisation/api-clients/" + foreignId + "/revoke", Map.of());
        var rotateConfirmation = administrator.get("/organisation/api-clients/" + foreignId + "/rotate");
        var rotate = administrator.post("/organisation/api-clients/" + foreignId + "/rotate", Map.of());
        var malformed = administrator.post("/organisation/api-clients/not-an-id/rotate", Map.of());

        for (var response : java.util.List.of(confirmation, revoke, rotateConfirmation, rotate, malformed)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain(OTHER_TOWN_SCHOOL.name());
        }
        assertThat(new TestApi(port)
                        .matches(
                                OTHER_TOWN_SCHOOL.apiToken(),
                                nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER.id())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void otherTownAdministratorCannotRevokeSchoolClient() {
        var schoolClient = clientId(SCHOOL.name() + " client");
        var administrator = loggedIn(OTHER_TOWN_ADMINISTRATOR);
        administrator.get("/organisation/api-clients");

        var response = administrator.post("/organisation/api-clients/" + schoolClient + "/revoke", Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new TestApi(port).matches(SCHOOL.apiToken(), TEACHER.id()).status())
                .isEqualTo(200);
    }

    @Test
    void professionalCannotCreateClient() {
        var teacher = loggedIn(TEACHER);
        teacher.get("/signals/new");

        var response = teacher.post("/organisation/api-clients", Map.of("name", "Eigen koppeling"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(schoolClientCount()).isEqualTo(1);
    }

    private UUID clientId(String name) {
        return jdbc.sql("select id from api_clients where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    private int schoolClientCount() {
        return jdbc.sql("select count(*) from api_clients where organisation_id = ?")
                .param(SCHOOL.id())
                .query(Integer.class)
                .single();
    }

    private static String token(HttpResponse<String> response) {
        var matcher = TOKEN_FIELD.matcher(response.body());
        assertThat(matcher.find()).as("token field on the page").isTrue();
        return matcher.group(1);
    }
}
