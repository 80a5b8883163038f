package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A professional whose organisation the municipality suspended sees no matches and takes no
 * coordination step, as the API rejects the organisation's clients. NURSE's organisation is
 * suspended after CARER proposed NURSE as coordinator of their match.
 */
class SuspendedOrganisationMatchesIntegrationTests extends IntegrationTest {

    @Autowired
    CoordinationService coordination;

    UUID match;

    /** The session of CARER, because a second login within one TOTP time step is rejected. */
    WebSession carer;

    @BeforeEach
    void proposeNurseThenSuspend() {
        var matches = new Matches(port);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        match = matches.onlyMatchOf(CARER);
        carer = loggedIn(CARER);
        carer.get("/matches");
        var proposal = carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", NURSE.id().toString()));
        assertThat(proposal.statusCode()).isEqualTo(302);

        jdbc.sql("update organisations set connected = false where id = ?")
                .param(YOUTH_HEALTH.id())
                .update();
    }

    @Test
    void matchesPageShowsOnlyRefusal() {
        var nurse = loggedIn(NURSE);

        var dutch = nurse.get("/matches");
        var english = nurse.get("/matches?lang=en");

        assertThat(dutch.statusCode()).isEqualTo(403);
        assertThat(dutch.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(dutch.body())
                .contains(
                        "id=\"refusal\"",
                        "U kunt uw matches en de contactgegevens daarin op dit moment niet inzien, omdat uw"
                                + " account of de aansluiting van uw organisatie niet actief is. Neem contact op met"
                                + " de beheerder van uw organisatie.");
        assertThat(dutch.body())
                .doesNotContain(
                        CARER.name(),
                        CARER.email(),
                        CARER.phone(),
                        CARER.organisation().name(),
                        match.toString(),
                        "Kindmatch",
                        "id=\"no-matches\"");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body())
                .contains("You cannot view your matches and their contact details at the moment, because your"
                        + " account or your organisation&#39;s connection is not active.");
        assertThat(english.body()).doesNotContain(CARER.name(), CARER.email(), "organisation''s");
    }

    @Test
    void connectedMemberStillSeesMatch() {
        var response = carer.get("/matches");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kindmatch", NURSE.name()).doesNotContain("id=\"refusal\"");
    }

    @Test
    void resumedOrganisationSeesMatchAgain() {
        jdbc.sql("update organisations set connected = true where id = ?")
                .param(YOUTH_HEALTH.id())
                .update();

        var response = loggedIn(NURSE).get("/matches");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kindmatch", CARER.name(), CARER.phone());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"coordinator/propose", "coordinator/accept", "coordinator/decline", "contact"})
    void coordinationStepIsRejected(String step) {
        var nurse = loggedIn(NURSE);
        nurse.get("/matches");

        var response = nurse.post(
                "/matches/" + match + "/" + step,
                Map.of("professionalId", CARER.id().toString()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(CARER.name());
        assertThat(coordinationRow()).isEqualTo("new|" + NURSE.id() + "|" + CARER.id() + "|null");
        assertThat(contactRows()).isZero();
    }

    @Test
    void serviceRejectsStepOfSuspendedProfessional() {
        var nurse = Matches.accountOf(NURSE);

        assertThatThrownBy(() -> coordination.recordContact(nurse, match))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(NURSE.id().toString());
        assertThatThrownBy(() -> coordination.accept(nurse, match)).isInstanceOf(AccessDeniedException.class);
        assertThat(coordinationRow()).isEqualTo("new|" + NURSE.id() + "|" + CARER.id() + "|null");
        assertThat(contactRows()).isZero();
    }

    private String coordinationRow() {
        return jdbc.sql("""
                        select status || '|' || proposed_coordinator_id || '|' || proposed_by_id
                               || '|' || coalesce(coordinator_id::text, 'null')
                          from match_coordination where match_id = ?
                        """).param(match).query(String.class).single();
    }

    private long contactRows() {
        return jdbc.sql("select count(*) from match_contacts where match_id = ?")
                .param(match)
                .query(Long.class)
                .single();
    }
}
