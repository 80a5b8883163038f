package nl.verwijsindex.coordination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;

/**
 * Registers RvIG test children through the REST API and finds the resulting match. 999970033 and
 * 999970045 are full siblings; 999970100 has no sibling with a signal in these tests.
 */
final class Matches {

    /** Born 2017-01-01; a full sibling of {@link #SISTER}. */
    static final String CHILD = "999970033";

    static final String SISTER = "999970045";

    static final String UNRELATED_CHILD = "999970100";

    private final TestApi api;

    Matches(int port) {
        this.api = new TestApi(port);
    }

    /** Registers the child in the professional's name and returns the new signal's id. */
    UUID register(Person professional, String bsn) {
        var response = api.register(professional.organisation().apiToken(), bsn, professional.id());
        assertThat(response.status())
                .as("registration of %s", professional.name())
                .isEqualTo(201);
        return UUID.fromString(response.body().path("id").asString());
    }

    /** Archives the signal because the risk is gone. */
    void end(Person professional, UUID signalId, String reason) {
        var response = api.end(professional.organisation().apiToken(), signalId, reason);
        assertThat(response.status()).as("ending signal %s", signalId).isIn(200, 204);
    }

    /** Returns the id of the professional's only active match. */
    UUID onlyMatchOf(Person professional) {
        var matches = api.matches(professional.organisation().apiToken(), professional.id())
                .body()
                .path("matches");
        assertThat(matches.size()).as("matches of %s", professional.name()).isEqualTo(1);
        return UUID.fromString(matches.path(0).path("id").asString());
    }

    /** Returns a logged-in professional's account as the session stores it. */
    static SignedInAccount accountOf(Person professional) {
        return new SignedInAccount(
                UUID.nameUUIDFromBytes(professional.email().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                professional.name(),
                AccountRole.PROFESSIONAL,
                professional.organisation().name(),
                professional.id(),
                professional.organisation().id());
    }
}
