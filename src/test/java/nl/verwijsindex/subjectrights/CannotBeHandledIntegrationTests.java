package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.subjectrights.RightsFixtures.LIST;
import static nl.verwijsindex.subjectrights.RightsFixtures.ROTTERDAM_CHILD_14;
import static nl.verwijsindex.subjectrights.RightsFixtures.SECOND_OFFICER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A request that the municipality cannot handle is closed without a child, with four eyes and a note. */
class CannotBeHandledIntegrationTests extends IntegrationTest {

    private static final String NOTE = "Doorgestuurd naar de gemeente Rotterdam op 4 december.";

    @Autowired
    ApplicationContext context;

    AuditChain chain;
    UUID officer;
    UUID secondOfficer;

    @BeforeEach
    void prepare() {
        chain = new AuditChain(jdbc, context);
        officer = accounts.of(MUNICIPAL_OFFICER).accountId();
        secondOfficer = accounts.of(SECOND_OFFICER).accountId();
    }

    @Test
    void forwardedRequestClosesWithoutChild() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        // Received 2026-11-10, so the deadline 2026-12-08 is near on the test day.
        var id = RightsFixtures.record(session, "objection", "parent-and-child", "12-to-15", "2026-11-10");
        var lookUp = RightsFixtures.step(session, id, "look-up", Map.of("bsn", ROTTERDAM_CHILD_14));
        var second = loggedIn(SECOND_OFFICER);
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var proposed =
                RightsFixtures.step(session, id, "propose", Map.of("outcome", "cannot-be-handled", "note", NOTE));
        var approved = RightsFixtures.step(second, id, "approve", Map.of());

        assertThat(lookUp.statusCode()).isEqualTo(422);
        assertThat(lookUp.body()).contains("id=\"propose-without-child\"");
        assertThat(lookUp.body()).contains("value=\"cannot-be-handled\"");
        assertThat(lookUp.body()).doesNotContain("value=\"upheld\"");
        assertThat(lookUp.body()).contains("Nog niet opgezocht");
        assertThat(proposed.statusCode()).isEqualTo(302);
        assertThat(approved.statusCode()).isEqualTo(302);
        var row = jdbc.sql("select status, proposal, proposal_note, child_pseudonym, decided_by from rights_requests"
                        + " where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("approved");
        assertThat(row.get("proposal")).isEqualTo("cannot-be-handled");
        assertThat(row.get("proposal_note")).isEqualTo(NOTE);
        assertThat(row.get("child_pseudonym")).isNull();
        assertThat(row.get("decided_by")).isEqualTo(secondOfficer);
        assertThat(chain.after(before))
                .containsExactly(
                        entry(before + 1, officer, "read", "success", id),
                        entry(before + 2, officer, "write", "success", id),
                        entry(before + 3, secondOfficer, "read", "success", id),
                        entry(before + 4, secondOfficer, "write", "success", id));
        var closedPage = session.get(LIST + "/" + id).body();
        assertThat(closedPage).contains("Niet opgezocht");
        assertThat(closedPage).doesNotContain("Nog niet opgezocht");
    }

    @Test
    void listStopsFlaggingClosedRequest() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-11-10");
        var flagged = row(session.get(LIST).body(), id);
        RightsFixtures.step(session, id, "propose", Map.of("outcome", "cannot-be-handled", "note", NOTE));
        RightsFixtures.step(loggedIn(SECOND_OFFICER), id, "approve", Map.of());

        var closed = row(session.get(LIST).body(), id);

        assertThat(flagged).contains("Termijn loopt bijna af");
        assertThat(closed).doesNotContain("Termijn loopt bijna af");
        assertThat(closed).doesNotContain("Termijn verstreken");
        assertThat(closed).contains("Goedgekeurd");
    }

    @Test
    void closingNeedsNote() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "correction", "parent", "under-12", "2026-12-01");

        var response = RightsFixtures.step(session, id, "propose", Map.of("outcome", "cannot-be-handled", "note", " "));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Vul een toelichting in");
        assertThat(status(id)).isEqualTo("open");
    }

    @Test
    void otherOutcomesStillNeedChild() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "objection", "parent", "under-12", "2026-12-01");

        var response = RightsFixtures.step(session, id, "propose", Map.of("outcome", "rejected", "note", NOTE));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Zoek eerst het kind op met het BSN.");
        assertThat(status(id)).isEqualTo("open");
    }

    @Test
    void closedInspectionHasNoLetter() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
        RightsFixtures.step(session, id, "look-up", Map.of("bsn", RightsFixtures.CHILD_13));
        RightsFixtures.step(session, id, "propose", Map.of("outcome", "cannot-be-handled", "note", NOTE));

        var page = session.get(LIST + "/" + id).body();
        var letter = RightsFixtures.letter(port, session, id);

        assertThat(page).doesNotContain("id=\"letter\"");
        assertThat(letter.statusCode()).isEqualTo(422);
    }

    private String status(UUID request) {
        return jdbc.sql("select status from rights_requests where id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    /** Returns the list row of the request, from its opening tag to the end of the row. */
    private static String row(String page, UUID request) {
        var link = page.indexOf(request.toString());
        var start = page.lastIndexOf("<tr", link);
        return page.substring(start, page.indexOf("</tr>", link));
    }

    private AuditChain.Row entry(long sequence, UUID account, String action, String outcome, UUID request) {
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                action,
                outcome,
                "account",
                account.toString(),
                "municipal-officer",
                null,
                MUNICIPALITY,
                null,
                "127.0.0.1",
                "rights-request",
                request.toString(),
                null,
                null,
                "rights-request");
    }
}
