package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_13;
import static nl.verwijsindex.subjectrights.RightsFixtures.LIST;
import static nl.verwijsindex.subjectrights.RightsFixtures.SECOND_OFFICER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/**
 * What the request pages show: the propose form after an error, who approved or sent back a
 * proposal and when, the approval message, dates in long form and the ages in both languages.
 */
class RequestPagesIntegrationTests extends IntegrationTest {

    @Test
    void proposeFormKeepsTypedValues() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = lookedUp(session, "objection");

        var response = RightsFixtures.step(
                session, id, "propose", Map.of("outcome", "upheld", "note", "Te lang: " + "x".repeat(1000)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("De toelichting mag hoogstens 1000 tekens hebben en heeft er 1009.");
        assertThat(response.body())
                .contains("<a class=\"utrecht-link utrecht-link--html-a\" id=\"error-link\" href=\"#note\">");
        assertThat(response.body()).contains("id=\"note-error\"");
        assertThat(response.body()).contains("aria-invalid=\"true\" aria-describedby=\"note-description note-error\"");
        assertThat(response.body()).contains(">Te lang: xxxx");
        assertThat(response.body()).containsPattern("value=\"upheld\"[^>]*checked");
        assertThat(response.body()).doesNotContainPattern("value=\"rejected\"[^>]*checked");
    }

    @Test
    void missingOutcomeMarksRadioButtons() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = lookedUp(session, "objection");

        var response = RightsFixtures.step(session, id, "propose", Map.of("note", "Geen grond."));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#outcome-upheld\"");
        assertThat(response.body()).contains("id=\"outcome-error\"");
        assertThat(response.body()).contains("aria-invalid=\"true\" aria-describedby=\"outcome-error\"");
        assertThat(response.body()).contains(">Geen grond.</textarea>");
    }

    @Test
    void approvedRequestShowsApproverAndTime() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var second = loggedIn(SECOND_OFFICER);
        var id = lookedUp(session, "inspection");
        RightsFixtures.step(session, id, "propose", Map.of("outcome", "letter-ready"));

        RightsFixtures.step(second, id, "approve", Map.of());
        var page = second.get(LIST + "/" + id).body();

        assertThat(page).contains("Het voorstel is goedgekeurd.");
        assertThat(page).doesNotContain("uitgevoerd");
        assertThat(page).contains("Door Quinten Gemeente op 4 december 2026, 12:00");
    }

    @Test
    void sentBackReasonReachesProposer() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var second = loggedIn(SECOND_OFFICER);
        var id = lookedUp(session, "objection");
        RightsFixtures.step(session, id, "propose", Map.of("outcome", "rejected", "note", "Geen grond."));

        var rejected = RightsFixtures.step(second, id, "send-back", Map.of("reason", "Zie BSN 111222333"));
        var sent = RightsFixtures.step(second, id, "send-back", Map.of("reason", "Het bezwaar is wel gegrond."));
        var page = session.get(LIST + "/" + id).body();

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("De reden bevat een nummer dat een BSN kan zijn.");
        assertThat(rejected.body()).doesNotContain("111222333");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(page).contains("Door Quinten Gemeente. Reden: Het bezwaar is wel gegrond.");
        assertThat(page).contains("id=\"propose-submit\"");
    }

    @Test
    void sentBackWithoutReasonSaysSo() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var second = loggedIn(SECOND_OFFICER);
        var id = lookedUp(session, "objection");
        RightsFixtures.step(session, id, "propose", Map.of("outcome", "rejected", "note", "Geen grond."));

        RightsFixtures.step(second, id, "send-back", Map.of());
        var page = session.get(LIST + "/" + id).body();

        assertThat(page).contains("Door Quinten Gemeente, zonder reden.");
    }

    @Test
    void requestPageUsesLongDatesAndRegisterAge() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = lookedUp(session, "inspection");

        var dutch = session.get(LIST + "/" + id).body();
        var english = session.get(LIST + "/" + id + "?lang=en").body();
        var list = session.get(LIST + "?lang=nl").body();

        assertThat(dutch).contains(">1 december 2026</dd>");
        assertThat(dutch).contains(">29 december 2026</dd>");
        assertThat(dutch).contains("Opgezocht. Leeftijd volgens de Basisregistratie Personen: 12 tot 16 jaar");
        assertThat(english).contains("Looked up. Age according to the population register: 12 to 15");
        assertThat(english).contains(">12 to 15</dd>");
        assertThat(list).contains("Verzoeken om inzage, correctie of bezwaar die nog niet zijn goedgekeurd");
    }

    /** Records a request by a parent and child for {@link RightsFixtures#CHILD_13} and looks the child up. */
    private static UUID lookedUp(WebSession session, String kind) {
        var id = RightsFixtures.record(session, kind, "parent-and-child", "12-to-15", "2026-12-01");
        RightsFixtures.step(session, id, "look-up", Map.of("bsn", CHILD_13));
        return id;
    }
}
