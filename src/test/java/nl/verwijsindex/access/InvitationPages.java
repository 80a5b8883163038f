package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.WebSession;

/** Reads and fills in the invitation page, as a person without JavaScript would. */
final class InvitationPages {

    static final String PASSWORD = "lange-zomeravond-aan-zee";

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code class=\"utrecht-code\">([a-z2-7-]{19})</code>");

    private InvitationPages() {}

    /** Returns the TOTP secret that the page shows as text, without the spaces between its groups. */
    static String secret(HttpResponse<String> page) {
        var matcher = SECRET.matcher(page.body());
        assertThat(matcher.find()).as("the page shows the TOTP secret").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    static List<String> recoveryCodes(HttpResponse<String> page) {
        return RECOVERY_CODE
                .matcher(page.body())
                .results()
                .map(result -> result.group(1))
                .toList();
    }

    /** Opens the link and sends the form with the password and the current code of the shown secret. */
    static Acceptance accept(WebSession session, String path, Instant now) {
        var page = session.get(path);
        var secret = secret(page);
        var code = TestAccounts.totpCode(secret, now);
        return new Acceptance(send(session, path, PASSWORD, PASSWORD, code), secret);
    }

    /**
     * The page after the form was sent, and the secret that the form showed.
     *
     * @param page the response to the form
     */
    record Acceptance(HttpResponse<String> page, String secret) {

        List<String> recoveryCodes() {
            return InvitationPages.recoveryCodes(page);
        }
    }

    static HttpResponse<String> send(
            WebSession session, String path, String password, String passwordRepeat, String code) {
        return session.post(path, Map.of("password", password, "passwordRepeat", passwordRepeat, "code", code));
    }
}
