package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The coordination forms on {@code /matches}, sent over HTTP by logged-in professionals without
 * JavaScript. TEACHER works for a signal-only school; HEADTEACHER is not in the match.
 */
class CoordinationPagesIntegrationTests extends IntegrationTest {

    UUID match;

    @BeforeEach
    void matchOfThree() {
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(SCHOOL.id())
                .update();
        var matches = new Matches(port);
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        match = matches.onlyMatchOf(CARER);
    }

    @Test
    void pageShowsStatusAndForms() {
        var carer = loggedIn(CARER);

        var body = carer.get("/matches").body();

        assertThat(body).contains("<h3 class=\"utrecht-heading-3\" id=\"match-1-coordination-heading\">Regie</h3>");
        assertThat(body).contains("id=\"match-1-status\">Nieuw: nog geen contact vastgelegd</dd>");
        assertThat(body).contains("id=\"match-1-proposed\">Niemand voorgesteld</dd>");
        assertThat(body).contains("id=\"match-1-coordinator\">Nog niet afgesproken</dd>");
        assertThat(body).contains("action=\"/matches/" + match + "/coordinator/propose\"");
        assertThat(body).contains("action=\"/matches/" + match + "/contact\"");
        assertThat(body).doesNotContain("/coordinator/accept", "/coordinator/decline");
    }

    @Test
    void selectOffersOnlyProposableMembers() {
        var carer = loggedIn(CARER);

        var body = carer.get("/matches").body();

        assertThat(body).contains("<option value=\"" + NURSE.id() + "\">Carla Smit (JGZ Haaglanden)</option>");
        assertThat(body).contains("<option value=\"" + CARER.id() + "\">Eva Visser (Jeugdhulp Zuid), uzelf</option>");
        assertThat(body).doesNotContain("<option value=\"" + TEACHER.id() + "\"");
    }

    @Test
    void proposalShowsAcceptFormToProposedOnly() {
        var carer = loggedIn(CARER);
        carer.get("/matches");

        var response = carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", NURSE.id().toString()));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/matches");
        assertThat(carer.get("/matches").body())
                .contains("Uw voorstel voor een regievoerder is vastgelegd.")
                .contains("id=\"match-1-proposed\">Carla Smit (JGZ Haaglanden)</dd>")
                .doesNotContain("/coordinator/accept");
        assertThat(loggedIn(NURSE).get("/matches").body())
                .contains("U bent voorgesteld als regievoerder van deze match.")
                .contains("action=\"/matches/" + match + "/coordinator/accept\"")
                .contains("action=\"/matches/" + match + "/coordinator/decline\"");
    }

    @Test
    void selectLeavesOutProposedMember() {
        var carer = loggedIn(CARER);
        carer.get("/matches");
        carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", NURSE.id().toString()));

        var body = carer.get("/matches").body();

        assertThat(body).contains("id=\"match-1-proposed\">Carla Smit (JGZ Haaglanden)</dd>");
        assertThat(body).doesNotContain("<option value=\"" + NURSE.id() + "\"");
        assertThat(body).contains("<option value=\"" + CARER.id() + "\">Eva Visser (Jeugdhulp Zuid), uzelf</option>");
        assertThat(body).doesNotContain("id=\"match-1-nobody-proposable\"");
    }

    @Test
    void nobodyProposableShowsSentenceWithoutForm() {
        var carer = loggedIn(CARER);
        carer.get("/matches");
        carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", NURSE.id().toString()));
        var nurse = loggedIn(NURSE);
        nurse.get("/matches");
        nurse.post("/matches/" + match + "/coordinator/accept", Map.of());
        carer.get("/matches");
        carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", CARER.id().toString()));

        var body = carer.get("/matches").body();

        assertThat(body).contains("id=\"match-1-coordinator\">Carla Smit (JGZ Haaglanden)</dd>");
        assertThat(body).contains("id=\"match-1-proposed\">Eva Visser (Jeugdhulp Zuid)</dd>");
        assertThat(body)
                .contains("<p class=\"utrecht-paragraph\" id=\"match-1-nobody-proposable\">"
                        + "Er is nu niemand anders die u als regievoerder kunt voorstellen.</p>");
        assertThat(body).doesNotContain("action=\"/matches/" + match + "/coordinator/propose\"");
        assertThat(body).doesNotContain("id=\"match-1-candidate\"");
    }

    @Test
    void acceptMakesNurseCoordinator() {
        var carer = loggedIn(CARER);
        carer.get("/matches");
        carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", NURSE.id().toString()));
        var nurse = loggedIn(NURSE);
        nurse.get("/matches");

        var response = nurse.post("/matches/" + match + "/coordinator/accept", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(nurse.get("/matches").body())
                .contains("U bent nu de regievoerder van deze match.")
                .contains("id=\"match-1-status\">Regie afgesproken</dd>")
                .contains("id=\"match-1-coordinator\">Carla Smit (JGZ Haaglanden)</dd>")
                .doesNotContain("<option value=\"" + NURSE.id() + "\"");
    }

    @Test
    void acceptByOtherShowsErrorSummary() {
        var carer = loggedIn(CARER);
        carer.get("/matches");
        carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", NURSE.id().toString()));
        carer.get("/matches");

        carer.post("/matches/" + match + "/coordinator/accept", Map.of());

        var body = carer.get("/matches").body();
        assertThat(body).contains("id=\"error-summary\" role=\"alert\"");
        assertThat(body)
                .contains(
                        "<a class=\"utrecht-link utrecht-link--html-a\" href=\"#match-1-coordination-heading\">"
                                + "Het voorstel is aan een andere beroepskracht gericht. Alleen die kan het accepteren of afwijzen.</a>");
        assertThat(body).contains("id=\"match-1-proposed\">Carla Smit (JGZ Haaglanden)</dd>");
    }

    @Test
    void signalOnlyCandidateShowsFieldError() {
        var carer = loggedIn(CARER);
        carer.get("/matches");

        carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", TEACHER.id().toString()));

        var body = carer.get("/matches?lang=en").body();
        assertThat(body).contains("href=\"#match-1-candidate\"");
        assertThat(body)
                .contains(
                        "<p class=\"utrecht-form-field-error-message\" id=\"match-1-candidate-error\">This professional"
                                + " works for an organisation that only registers signals and cannot be coordinator."
                                + " Choose another professional.</p>");
        assertThat(body).contains("aria-invalid=\"true\"");
        assertThat(body).contains("id=\"match-1-proposed\">Nobody proposed</dd>");
    }

    @Test
    void missingCandidateShowsFieldError() {
        var carer = loggedIn(CARER);
        carer.get("/matches");

        carer.post("/matches/" + match + "/coordinator/propose", Map.of("professionalId", "not-an-id"));

        assertThat(carer.get("/matches").body()).contains("Kies wie u als regievoerder voorstelt.");
    }

    @Test
    void contactFormRecordsDateAndDisappears() {
        clock.setDate(java.time.LocalDate.of(2026, 12, 8));
        var nurse = loggedIn(NURSE);
        nurse.get("/matches");

        nurse.post("/matches/" + match + "/contact", Map.of());

        var body = nurse.get("/matches").body();
        assertThat(body).contains("Vastgelegd dat u contact hebt gemaakt.");
        assertThat(body)
                .contains("id=\"match-1-status\">In contact: er is contact gemaakt, nog zonder regievoerder</dd>");
        assertThat(body).contains("U hebt op 8 december 2026 vastgelegd dat er contact is gemaakt.");
        assertThat(body).doesNotContain("action=\"/matches/" + match + "/contact\"");
    }

    @Test
    void outsiderGetsNotFound() {
        var outsider = loggedIn(HEADTEACHER);
        // The outsider's matches page has no form, so the CSRF token comes from the register form.
        outsider.get("/signals/new");

        var propose = outsider.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", NURSE.id().toString()));
        var contact = outsider.post("/matches/" + match + "/contact", Map.of());
        var accept = outsider.post("/matches/" + match + "/coordinator/accept", Map.of());

        assertThat(propose.statusCode()).isEqualTo(404);
        assertThat(contact.statusCode()).isEqualTo(404);
        assertThat(accept.statusCode()).isEqualTo(404);
        assertThat(propose.body()).doesNotContain(NURSE.name(), CARER.name());
        assertThat(jdbc.sql("select count(*) from match_coordination where proposed_coordinator_id is not null")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from match_contacts")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void malformedOrUnknownMatchIdGetsNotFound() {
        var carer = loggedIn(CARER);
        carer.get("/matches");

        assertThat(carer.post("/matches/not-a-match/contact", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(carer.post("/matches/" + UUID.randomUUID() + "/contact", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() {
        var carer = loggedIn(CARER);

        var response = carer.post("/matches/" + match + "/contact", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from match_contacts")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void administratorIsForbidden() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/home");

        var response = administrator.post("/matches/" + match + "/contact", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
