package nl.verwijsindex.audit;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.WebSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A change and its success entry commit together: when appending the entry fails, the change is
 * rolled back and the caller gets an error. The append fails through a database trigger that
 * rejects the success entry of one purpose, because every test class shares one application
 * context on a fixed port, so a test cannot replace the trail's bean.
 */
class AuditedChangeIntegrationTests extends IntegrationTest {

    /** A child born 2017-01-01. The teacher and the carer both register it, so they form a match. */
    private static final String CHILD = "999999369";

    private static final String NEW_PASSWORD = "groene-kikker-op-het-dak";

    /** Noon in Amsterdam on the default day of the test clock. */
    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;
    TestApi api;
    UUID signal;
    long before;

    /** The teacher's password hash before the password test, written back after it in case the change was stored. */
    @Nullable
    String teacherPasswordHash;

    @BeforeEach
    void registerSignal() {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        signal = UUID.fromString(response.body().path("id").asString());
    }

    @AfterEach
    void removeFailure() throws SQLException {
        chain.asOwner(List.of(
                "drop trigger if exists audit_entry_failure on audit_entries",
                "drop function if exists audit_entry_failure()"));
        if (teacherPasswordHash != null) {
            // Other test classes log in as the teacher with the region's password.
            jdbc.sql("update accounts set password_hash = ? where lower(email) = lower(?)")
                    .params(teacherPasswordHash, TEACHER.email())
                    .update();
        }
    }

    @Test
    void webEndingStaysActiveWhenEntryFails() throws SQLException {
        var session = marked(loggedIn(TEACHER));
        failSuccessEntry("end-signal");

        var response = session.post("/signals/" + signal + "/end", Map.of("reason", "risk-gone"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Er ging iets mis");
        assertThat(signalColumn("status")).isEqualTo("active");
        assertThat(signalColumn("coalesce(ended_on::text, 'none')")).isEqualTo("none");
        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void apiExtensionKeepsEndDateWhenEntryFails() throws SQLException {
        var endDate = signalColumn("end_date");
        before = chain.lastSequence();
        failSuccessEntry("extend-signal");

        var response = api.post(
                SCHOOL.apiToken(), "/api/v1/signals/" + signal + "/extension", Map.of("endDate", "2028-12-01"));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(500);
        assertThat(signalColumn("end_date")).isEqualTo(endDate);
        assertThat(endDate).isNotEqualTo(LocalDate.of(2028, 12, 1).toString());
        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void coordinatorProposalIsNotStoredWhenEntryFails() throws SQLException {
        var match = match();
        var proposal = proposal(match);
        var session = marked(loggedIn(TEACHER));
        failSuccessEntry("propose-coordinator");

        var response = session.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", CARER.id().toString()));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Er ging iets mis");
        assertThat(proposal(match)).isEqualTo(proposal);
        assertThat(proposal).doesNotContain(TEACHER.id().toString());
        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void suspensionIsNotStoredWhenEntryFails() throws SQLException {
        var session = marked(loggedIn(MUNICIPAL_OFFICER));
        failSuccessEntry("suspend-organisation");

        var response = session.post("/municipality/0363/organisations/" + YOUTH_HEALTH.id() + "/suspend", Map.of());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Er ging iets mis");
        assertThat(jdbc.sql("select connected from organisations where id = ?")
                        .param(YOUTH_HEALTH.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void passwordStaysWhenEntryFails() throws SQLException {
        teacherPasswordHash = passwordHash();
        var session = marked(loggedIn(TEACHER));
        failSuccessEntry("change-password");

        var response = session.post(
                "/profile/password",
                Map.of(
                        "currentPassword",
                        TestAccounts.PASSWORD,
                        "newPassword",
                        NEW_PASSWORD,
                        "newPasswordRepeat",
                        NEW_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Er ging iets mis");
        assertThat(passwordHash()).isEqualTo(teacherPasswordHash);
        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void rejectedStepIsRecordedWhileSuccessEntryFails() throws SQLException {
        var session = marked(loggedIn(TEACHER));
        failSuccessEntry("end-signal");

        var response = session.post("/signals/" + signal + "/end", Map.of("reason", "unknown"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("write", "rejected", "end-signal")
                        .byProfessional(accounts, TEACHER)
                        .about("signal", signal)
                        .child(pseudonym(CHILD))
                        .at(before + 1, NOW));
    }

    /**
     * Makes every append of a success entry with the purpose fail, as a failing database or a crash
     * between the change and its entry would.
     */
    private void failSuccessEntry(String purpose) throws SQLException {
        chain.asOwner(List.of(
                """
                create function audit_entry_failure() returns trigger language plpgsql as $$
                begin
                    raise exception 'audit entry rejected by the test';
                end
                $$""",
                "create trigger audit_entry_failure before insert on audit_entries for each row"
                        + " when (new.purpose = '" + purpose + "' and new.outcome = 'success')"
                        + " execute function audit_entry_failure()"));
    }

    /** Reads the home page for a CSRF token, and marks the chain after the login's entry. */
    private WebSession marked(WebSession session) {
        session.get("/home");
        before = chain.lastSequence();
        return session;
    }

    /** Registers the child for the carer too, waits for the match emails, and returns the match. */
    private UUID match() {
        api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from notification_messages where sent_at is not null")
                                .query(Integer.class)
                                .single()
                        == 2);
        var matches = api.matches(SCHOOL.apiToken(), TEACHER.id()).body().path("matches");
        return UUID.fromString(matches.path(0).path("id").asString());
    }

    /** Returns who proposed whom as the match's coordinator, as "proposed/proposer" with "none" for null. */
    private String proposal(UUID match) {
        return jdbc.sql("select coalesce(proposed_coordinator_id::text, 'none') || '/'"
                        + " || coalesce(proposed_by_id::text, 'none') from match_coordination where match_id = ?")
                .param(match)
                .query(String.class)
                .optional()
                .orElse("none/none");
    }

    /** Reads a value of the signal as text; the expression must not be null. */
    private String signalColumn(String expression) {
        return jdbc.sql("select (" + expression + ")::text from signals where id = ?")
                .param(signal)
                .query(String.class)
                .single();
    }

    private String pseudonym(String bsn) {
        return HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(bsn)).value());
    }

    private String passwordHash() {
        return jdbc.sql("select password_hash from accounts where lower(email) = lower(?)")
                .param(TEACHER.email())
                .query(String.class)
                .single();
    }
}
