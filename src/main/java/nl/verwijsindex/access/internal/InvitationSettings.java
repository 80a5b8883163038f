package nl.verwijsindex.access.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an invitation link works, and the address of the web application that links start
 * with, from {@code VERWIJSINDEX_INVITATION_VALIDITY} and {@code VERWIJSINDEX_WEB_BASE_URL}.
 */
@Component
class InvitationSettings {

    private final Duration validity;
    private final String baseUrl;

    InvitationSettings(
            @Value("${verwijsindex.invitation.validity}") Duration validity,
            @Value("${verwijsindex.web.base-url}") String baseUrl) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("Invalid invitation validity " + validity
                    + ": set VERWIJSINDEX_INVITATION_VALIDITY to a positive duration such as 7d");
        }
        var uri = URI.create(baseUrl.trim());
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "Invalid web base URL '" + baseUrl
                            + "': set VERWIJSINDEX_WEB_BASE_URL to an absolute http or https URL such as https://verwijsindex.example.org");
        }
        this.validity = validity;
        this.baseUrl = baseUrl.trim().replaceAll("/+$", "");
    }

    Duration validity() {
        return validity;
    }

    /** Returns the absolute URL of the acceptance page for the token. */
    String link(String token) {
        return baseUrl + "/invitation/" + token;
    }
}
