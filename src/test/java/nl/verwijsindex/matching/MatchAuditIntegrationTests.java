package nl.verwijsindex.matching;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit entries that reading matches and taking coordination steps write. */
class MatchAuditIntegrationTests extends IntegrationTest {

    /** A child that the teacher and the carer both register, so that they form a child match. */
    private static final String CHILD = "999999369";

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    ApplicationContext context;

    AuditChain chain;
    TestApi api;
    UUID match;
    long before;

    /** Makes the match and waits for its emails, whose entries the dispatcher appends in the background. */
    @BeforeEach
    void makeMatch() {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
        api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from notification_messages where sent_at is not null")
                                .query(Integer.class)
                                .single()
                        == 2);
        var matches = api.matches(SCHOOL.apiToken(), TEACHER.id()).body().path("matches");
        match = UUID.fromString(matches.path(0).path("id").asString());
    }

    @Test
    void webMatchListIsOneRead() {
        var session = loggedInAndMarked(TEACHER);

        assertThat(session.get("/matches").statusCode()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "success", "list-matches")
                        .byProfessional(accounts, TEACHER)
                        .about("match-list", TEACHER.id())
                        .at(before + 1, NOW));
    }

    @Test
    void apiMatchListIsOnBehalfOfProfessional() {
        before = chain.lastSequence();

        assertThat(api.matches(SCHOOL.apiToken(), TEACHER.id()).status()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "success", "list-matches")
                        .byApiClient(apiClient(SCHOOL), SCHOOL.id())
                        .onBehalfOf(TEACHER.id())
                        .about("match-list", TEACHER.id())
                        .at(before + 1, NOW));
    }

    @Test
    void apiMatchListOfOtherOrganisationIsRejected() {
        before = chain.lastSequence();

        assertThat(api.matches(SCHOOL.apiToken(), OFFICER.id()).status()).isEqualTo(404);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "rejected", "list-matches")
                        .byApiClient(apiClient(SCHOOL), SCHOOL.id())
                        .onBehalfOf(OFFICER.id())
                        .about("match-list", OFFICER.id())
                        .at(before + 1, NOW));
    }

    @Test
    void proposeAndAcceptNameMatch() {
        var teacher = loggedInAndMarked(TEACHER);
        teacher.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", CARER.id().toString()));
        awaitCoordinationEmails();
        var carer = loggedIn(CARER);
        carer.get("/home");
        var afterLogin = chain.lastSequence();

        var accepted = carer.post("/matches/" + match + "/coordinator/accept", Map.of());

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(chain.after(before).get(0))
                .isEqualTo(step("propose-coordinator", "success", TEACHER).at(before + 1, NOW));
        assertThat(stepEntriesAfter(afterLogin))
                .containsExactly(step("accept-coordinator", "success", CARER).at(afterLogin + 1, NOW));
    }

    @Test
    void declineWithoutProposalIsRejected() {
        var session = loggedInAndMarked(TEACHER);

        var response = session.post("/matches/" + match + "/coordinator/decline", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(
                        step("decline-coordinator", "rejected", TEACHER).at(before + 1, NOW));
    }

    @Test
    void contactIsWriteOnMatch() {
        var session = loggedInAndMarked(TEACHER);

        var response = session.post("/matches/" + match + "/contact", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(stepEntriesAfter(before))
                .containsExactly(step("record-contact", "success", TEACHER).at(before + 1, NOW));
    }

    @Test
    void stepOnUnknownMatchIsRejected() {
        var session = loggedInAndMarked(TEACHER);
        var unknown = UUID.randomUUID();

        var response = session.post("/matches/" + unknown + "/contact", Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("write", "rejected", "record-contact")
                        .byProfessional(accounts, TEACHER)
                        .about("match", unknown)
                        .at(before + 1, NOW));
    }

    private ExpectedEntry step(String purpose, String outcome, TestRegion.Person professional) {
        return ExpectedEntry.of("write", outcome, purpose)
                .byProfessional(accounts, professional)
                .about("match", match);
    }

    /** Logs in, reads the home page for a CSRF token, and marks the chain after the login's entry. */
    private WebSession loggedInAndMarked(TestRegion.Person professional) {
        var session = loggedIn(professional);
        session.get("/home");
        before = chain.lastSequence();
        return session;
    }

    /** Waits until the emails about coordination steps are sent, which append entries in the background. */
    private void awaitCoordinationEmails() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from coordination_messages where sent_at is null")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    /** Returns the entries after the number, without those of coordination emails sent meanwhile. */
    private List<AuditChain.Row> stepEntriesAfter(long sequence) {
        return chain.after(sequence).stream()
                .filter(row -> !row.purpose().equals("coordination-notification"))
                .toList();
    }

    private UUID apiClient(TestRegion.Organisation organisation) {
        return jdbc.sql("select id from api_clients where organisation_id = ?")
                .param(organisation.id())
                .query(UUID.class)
                .single();
    }
}
