package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.MutableClock;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The passkey page of the profile without a browser: its forms, its JSON steps and its refusals. */
class PasskeyPagesIntegrationTests extends IntegrationTest {

    @Autowired
    private Accounts accountManagement;

    @Test
    void pageNeedsLogin() {
        var response = new WebSession(port).get("/profile/passkeys");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/login");
    }

    @Test
    void pageListsOnlyOwnPasskeys() {
        var teacher = accountId(TestRegion.TEACHER);
        TestPasskeys.insert(jdbc, teacher, "Laptop", amsterdam(2026, 12, 1, 10, 15));
        jdbc.sql("update user_credentials set last_login_at = ?")
                .param(java.sql.Timestamp.from(amsterdam(2026, 12, 3, 8, 5)))
                .update();
        TestPasskeys.insert(jdbc, teacher, "Telefoon", amsterdam(2026, 12, 2, 9, 0));
        TestPasskeys.insert(jdbc, accountId(TestRegion.NURSE), "Passkey van Carla", amsterdam(2026, 12, 1, 9, 0));
        var session = loggedIn(TestRegion.TEACHER);

        var page = session.get("/profile/passkeys");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("<th class=\"utrecht-table__header-cell\" scope=\"row\">Laptop</th>");
        assertThat(page.body()).contains("1 december 2026, 10:15");
        assertThat(page.body()).contains("3 december 2026, 08:05");
        assertThat(page.body()).contains("<th class=\"utrecht-table__header-cell\" scope=\"row\">Telefoon</th>");
        assertThat(page.body()).contains("Nog niet gebruikt");
        assertThat(page.body()).doesNotContain("Passkey van Carla");
        assertThat(page.body().indexOf(">Laptop<")).isLessThan(page.body().indexOf(">Telefoon<"));
    }

    @Test
    void wrongPasswordCountsAsFailedLoginOfAccountOnly() {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var page = session.post("/profile/passkeys/new", Map.of("label", "Laptop", "password", "niet-mijn-wachtwoord"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"add-error-summary\"");
        assertThat(page.body()).contains("Het wachtwoord is niet juist.");
        assertThat(page.body()).contains("value=\"Laptop\"");
        assertThat(failedLogins("account")).isEqualTo(1);
        assertThat(failedLogins("address")).isEqualTo(0);
        assertThat(session.get("/profile/passkeys/new").body()).doesNotContain("passkey-create-button");
    }

    @Test
    void fifthWrongPasswordBlocksTheForm() {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");
        for (int attempt = 0; attempt < 5; attempt++) {
            session.post("/profile/passkeys/new", Map.of("label", "Laptop", "password", "niet-mijn-wachtwoord"));
        }

        var page = session.post("/profile/passkeys/new", Map.of("label", "Laptop", "password", TestAccounts.PASSWORD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Er is te vaak een verkeerd wachtwoord ingevuld.");
        assertThat(failedLogins("account")).isEqualTo(5);
    }

    @ParameterizedTest(name = "label \"{0}\"")
    @CsvSource(
            delimiterString = "|",
            value = {
                "''                      | Vul een naam voor de passkey in.",
                "'   '                   | Vul een naam voor de passkey in.",
                "'regel\neinde'          | De naam mag hoogstens 60 tekens hebben en geen regeleinden of andere stuurtekens.",
            })
    void rejectsInvalidLabel(String label, String message) {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var page = session.post("/profile/passkeys/new", Map.of("label", label, "password", TestAccounts.PASSWORD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(message);
        assertThat(page.body()).contains("aria-describedby=\"label-description label-error\"");
        assertThat(failedLogins("account")).isZero();
    }

    @Test
    void rejectsLabelOverSixtyCharacters() {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var tooLong = session.post(
                "/profile/passkeys/new", Map.of("label", "x".repeat(61), "password", TestAccounts.PASSWORD));
        var longest = session.post(
                "/profile/passkeys/new", Map.of("label", "x".repeat(60), "password", TestAccounts.PASSWORD));

        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("De naam mag hoogstens 60 tekens hebben");
        assertThat(longest.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(longest)).isEqualTo("/profile/passkeys/new");
    }

    @Test
    void rejectsEleventhPasskey() {
        var teacher = accountId(TestRegion.TEACHER);
        for (int number = 1; number <= 10; number++) {
            TestPasskeys.insert(jdbc, teacher, "Passkey " + number, clock.instant());
        }
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var page = session.post("/profile/passkeys/new", Map.of("label", "Nog een", "password", TestAccounts.PASSWORD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("U hebt al 10 passkeys, het maximum.");
    }

    @Test
    void creationOptionsRequireUserVerification() {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var checked =
                session.post("/profile/passkeys/new", Map.of("label", " Laptop ", "password", TestAccounts.PASSWORD));
        var step = session.get("/profile/passkeys/new");
        var options = session.postJsonWithCsrfToken("/profile/passkeys/new/options", "{}");

        assertThat(checked.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(checked)).isEqualTo("/profile/passkeys/new");
        assertThat(step.statusCode()).isEqualTo(200);
        assertThat(step.body()).contains("data-label=\"Laptop\"");
        assertThat(options.statusCode()).isEqualTo(200);
        var json = JsonMapper.shared().readTree(options.body());
        assertThat(json.path("rp").path("id").asString()).isEqualTo("localhost");
        assertThat(json.path("rp").path("name").asString()).isEqualTo("Verwijsindex");
        assertThat(json.path("user").path("name").asString())
                .isEqualTo(accountId(TestRegion.TEACHER).toString());
        assertThat(json.path("user").path("displayName").asString()).isEqualTo(TestRegion.TEACHER.name());
        assertThat(json.path("authenticatorSelection").path("userVerification").asString())
                .isEqualTo("required");
        assertThat(json.path("authenticatorSelection").path("residentKey").asString())
                .isEqualTo("required");
        assertThat(json.path("challenge").asString()).hasSize(43);
        assertThat(jdbc.sql("select account_id from user_entities")
                        .query(java.util.UUID.class)
                        .list())
                .containsExactly(accountId(TestRegion.TEACHER));
    }

    @Test
    void checkedPasskeyExpiresAfterFiveMinutes() {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");
        session.post("/profile/passkeys/new", Map.of("label", "Laptop", "password", TestAccounts.PASSWORD));

        clock.setInstant(clock.instant().plus(Duration.ofMinutes(5)));
        var atLimit = session.get("/profile/passkeys/new");
        clock.setInstant(clock.instant().plusSeconds(1));
        var afterLimit = session.get("/profile/passkeys/new");
        var options = session.postJsonWithCsrfToken("/profile/passkeys/new/options", "{}");

        assertThat(atLimit.statusCode()).isEqualTo(200);
        assertThat(atLimit.body()).contains("id=\"passkey-create-button\"");
        assertThat(afterLimit.statusCode()).isEqualTo(200);
        assertThat(afterLimit.body()).doesNotContain("passkey-create-button");
        assertThat(afterLimit.body()).contains("id=\"add-submit\"");
        assertThat(options.statusCode()).isEqualTo(409);
        assertThat(options.body()).isEqualTo("{\"redirectUrl\":\"/profile/passkeys\"}");
    }

    @Test
    void unverifiableCredentialIsNotStored() {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");
        session.post("/profile/passkeys/new", Map.of("label", "Laptop", "password", TestAccounts.PASSWORD));
        session.get("/profile/passkeys/new");
        session.postJsonWithCsrfToken("/profile/passkeys/new/options", "{}");

        var response = session.postJsonWithCsrfToken("/profile/passkeys/new/credential", """
                {"label": "Laptop", "credential": {"id": "AQID", "rawId": "AQID", "type": "public-key",
                 "clientExtensionResults": {},
                 "response": {"attestationObject": "AQID", "clientDataJSON": "AQID", "transports": []}}}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"redirectUrl\":\"/profile/passkeys/new?failed\"}");
        assertThat(TestPasskeys.count(jdbc)).isZero();
    }

    @Test
    void challengeIsAnsweredOnce() {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");
        session.post("/profile/passkeys/new", Map.of("label", "Laptop", "password", TestAccounts.PASSWORD));
        session.get("/profile/passkeys/new");
        session.postJsonWithCsrfToken("/profile/passkeys/new/options", "{}");
        session.postJsonWithCsrfToken("/profile/passkeys/new/credential", "{}");

        var second = session.postJsonWithCsrfToken("/profile/passkeys/new/credential", "{}");
        var step = session.get("/profile/passkeys/new");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(step.statusCode()).isEqualTo(200);
    }

    @Test
    void libraryRegistrationEndpointsAreClosed() {
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var options = session.postJsonWithCsrfToken("/webauthn/register/options", "{}");
        var register = session.postJsonWithCsrfToken("/webauthn/register", "{}");

        assertThat(options.statusCode()).isEqualTo(403);
        assertThat(register.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from user_entities")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void removesOwnPasskeyWithPassword() {
        var credentialId = TestPasskeys.insert(jdbc, accountId(TestRegion.TEACHER), "Laptop", clock.instant());
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var wrong = session.post(
                "/profile/passkeys/remove", Map.of("passkey", credentialId, "password", "niet-mijn-wachtwoord"));
        var right = session.post(
                "/profile/passkeys/remove", Map.of("passkey", credentialId, "password", TestAccounts.PASSWORD));

        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"remove-error-summary\"");
        assertThat(wrong.body()).contains("Het wachtwoord is niet juist.");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(right)).isEqualTo("/profile/passkeys?removed");
        assertThat(TestPasskeys.count(jdbc)).isZero();
    }

    @Test
    void removeNeedsChosenPasskey() {
        TestPasskeys.insert(jdbc, accountId(TestRegion.TEACHER), "Laptop", clock.instant());
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var page = session.post("/profile/passkeys/remove", Map.of("passkey", "", "password", TestAccounts.PASSWORD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kies een van uw passkeys.");
        assertThat(TestPasskeys.count(jdbc)).isEqualTo(1);
    }

    @Test
    void cannotRemoveAnotherAccountsPasskey() {
        var nursesPasskey = TestPasskeys.insert(jdbc, accountId(TestRegion.NURSE), "Carla", clock.instant());
        TestPasskeys.insert(jdbc, accountId(TestRegion.TEACHER), "Laptop", clock.instant());
        var session = loggedIn(TestRegion.TEACHER);
        session.get("/profile/passkeys");

        var page = session.post(
                "/profile/passkeys/remove", Map.of("passkey", nursesPasskey, "password", TestAccounts.PASSWORD));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Carla");
        assertThat(TestPasskeys.count(jdbc)).isEqualTo(2);
    }

    private java.util.UUID accountId(TestRegion.Person person) {
        accounts.of(person);
        return accountManagement.findByEmail(person.email()).orElseThrow();
    }

    private int failedLogins(String kind) {
        return jdbc.sql("select count(*) from login_failures where kind = ?")
                .param(kind)
                .query(Integer.class)
                .single();
    }

    private static java.time.Instant amsterdam(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(MutableClock.ZONE)
                .toInstant();
    }
}
