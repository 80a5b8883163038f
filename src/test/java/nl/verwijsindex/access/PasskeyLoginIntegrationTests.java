package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passkey login endpoints without a browser: the options they send, and the refusals of
 * assertions that no authenticator signed. The browser tests cover logins that succeed.
 */
class PasskeyLoginIntegrationTests extends IntegrationTest {

    /** Parses as an assertion, but no authenticator made it, so it can never verify. */
    private static final String UNSIGNED_ASSERTION_TEMPLATE = """
            {"id": "%1$s", "rawId": "%1$s", "type": "public-key", "clientExtensionResults": {},
             "response": {"authenticatorData": "AQID", "clientDataJSON": "AQID", "signature": "AQID",
                          "userHandle": null}}
            """;

    @Autowired
    private Accounts accountManagement;

    @Test
    void loginOptionsRequireUserVerification() {
        var session = new WebSession(port);
        session.get("/login");

        var response = session.postJsonWithCsrfToken("/webauthn/authenticate/options", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        var json = JsonMapper.shared().readTree(response.body());
        assertThat(json.path("rpId").asString()).isEqualTo("localhost");
        assertThat(json.path("userVerification").asString()).isEqualTo("required");
        assertThat(json.path("allowCredentials").size()).isZero();
        assertThat(json.path("challenge").asString()).hasSize(43);
    }

    @Test
    void loginPageOffersPasskeyOnlyWithScript() {
        var page = new WebSession(port).get("/login");

        assertThat(page.body()).contains("<div id=\"passkey-login\" hidden");
        assertThat(page.body()).containsPattern("<script src=\"/js/passkeys-[0-9a-f]{32}\\.js\" defer>");
        assertThat(page.body()).contains("data-csrf-header=\"X-XSRF-TOKEN\"");
    }

    @Test
    void unknownPasskeyCountsAsFailedLogin() {
        var session = new WebSession(port);
        session.get("/login");
        session.postJsonWithCsrfToken("/webauthn/authenticate/options", "{}");

        var response =
                session.postJsonWithCsrfToken("/login/webauthn", UNSIGNED_ASSERTION_TEMPLATE.formatted("AQIDBA"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"redirectUrl\":\"/login?error\"}");
        assertThat(failedLogins("address")).isEqualTo(1);
        assertThat(failedLogins("account")).isZero();
    }

    @Test
    void unsignedAssertionCountsForAccount() {
        accounts.of(TestRegion.TEACHER);
        var teacher = accountManagement.findByEmail(TestRegion.TEACHER.email()).orElseThrow();
        var credentialId = TestPasskeys.insert(jdbc, teacher, "Laptop", clock.instant());
        var session = new WebSession(port);
        session.get("/login");
        session.postJsonWithCsrfToken("/webauthn/authenticate/options", "{}");

        var response =
                session.postJsonWithCsrfToken("/login/webauthn", UNSIGNED_ASSERTION_TEMPLATE.formatted(credentialId));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"redirectUrl\":\"/login?error\"}");
        assertThat(failedLogins("address")).isEqualTo(1);
        assertThat(failedLogins("account")).isEqualTo(1);
        assertThat(lastLogin(credentialId)).isNull();
    }

    @Test
    void loginEndpointsNeedCsrfToken() {
        var session = new WebSession(port);

        var options = session.postJsonWithCsrfToken("/webauthn/authenticate/options", "{}");
        var login = session.postJsonWithCsrfToken("/login/webauthn", UNSIGNED_ASSERTION_TEMPLATE.formatted("AQIDBA"));

        assertThat(options.statusCode()).isEqualTo(403);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(failedLogins("address")).isZero();
    }

    @Test
    void loginWithoutOptionsFails() {
        var session = new WebSession(port);
        session.get("/login");

        var response =
                session.postJsonWithCsrfToken("/login/webauthn", UNSIGNED_ASSERTION_TEMPLATE.formatted("AQIDBA"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"redirectUrl\":\"/login?error\"}");
    }

    @Test
    void attemptAfterTwentyFromAddressIsBlocked() {
        var session = new WebSession(port);
        session.get("/login");
        for (int attempt = 0; attempt < 20; attempt++) {
            session.postJsonWithCsrfToken("/webauthn/authenticate/options", "{}");
            session.postJsonWithCsrfToken("/login/webauthn", UNSIGNED_ASSERTION_TEMPLATE.formatted("AQIDBA"));
        }

        session.postJsonWithCsrfToken("/webauthn/authenticate/options", "{}");
        var response =
                session.postJsonWithCsrfToken("/login/webauthn", UNSIGNED_ASSERTION_TEMPLATE.formatted("AQIDBA"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"redirectUrl\":\"/login?blocked\"}");
        assertThat(failedLogins("address")).isEqualTo(20);
    }

    private int failedLogins(String kind) {
        return jdbc.sql("select count(*) from login_failures where kind = ?")
                .param(kind)
                .query(Integer.class)
                .single();
    }

    private java.sql.Timestamp lastLogin(String credentialId) {
        return jdbc.sql("select last_login_at from user_credentials where credential_id = ?")
                .param(credentialId)
                .query(java.sql.Timestamp.class)
                .optional()
                .orElse(null);
    }
}
