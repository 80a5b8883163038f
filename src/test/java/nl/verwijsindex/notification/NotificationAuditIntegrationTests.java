package nl.verwijsindex.notification;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit entries that sending match and invitation emails writes, for a sent email and for a failed attempt. */
class NotificationAuditIntegrationTests extends IntegrationTest {

    /** A child that the teacher and the carer both register, so that they form a child match. */
    private static final String CHILD = "999999369";

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;
    TestApi api;

    @BeforeEach
    void readChain() {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
    }

    @Test
    void sentMatchEmailsNameMessageAndChild() {
        api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        var before = chain.lastSequence();

        api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id());
        awaitSent("notification_messages", 2);

        var entries = chain.after(before).stream()
                .filter(row -> row.purpose().equals("match-notification"))
                .toList();
        var first = entries.get(0);
        var second = entries.get(1);
        assertThat(entries).hasSize(2);
        assertThat(first).isEqualTo(notification(first.objectId()).at(first.sequence(), NOW));
        assertThat(second).isEqualTo(notification(second.objectId()).at(second.sequence(), NOW));
        assertThat(entries.stream().map(AuditChain.Row::objectId))
                .containsExactlyInAnyOrderElementsOf(messageIds("notification_messages"));
    }

    @Test
    void failedAttemptIsRecordedAsFailed() {
        api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        var before = chain.lastSequence();

        try (var outage = SmtpOutage.begin(smtp)) {
            api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> failedCount() >= 2);
        }

        var failures = chain.after(before).stream()
                .filter(row -> row.outcome().equals("failed"))
                .toList();
        // The test clock does not advance, so no message is tried again after its back-off.
        assertThat(failures).hasSize(2);
        for (var failure : failures) {
            assertThat(failure)
                    .isEqualTo(ExpectedEntry.of("notification", "failed", "match-notification")
                            .bySystem("notification-dispatcher")
                            .from(null)
                            .about("message", failure.objectId())
                            .child(pseudonym(CHILD))
                            .at(failure.sequence(), NOW));
        }
        assertThat(failures.stream().map(AuditChain.Row::objectId))
                .containsExactlyInAnyOrderElementsOf(messageIds("notification_messages"));
    }

    @Test
    void sentInvitationEmailNamesMessageWithoutChild() {
        var session = loggedIn(SCHOOL_ADMINISTRATOR);
        session.get("/organisation/professionals/new");
        var before = chain.lastSequence();

        var response = session.post(
                "/organisation/professionals",
                Map.of("name", "Sara Nieuw", "email", "sara.nieuw@school.test", "phone", "", "language", "nl"));
        awaitSent("invitation_messages", 1);

        assertThat(response.statusCode()).isEqualTo(302);
        var message = messageIds("invitation_messages").get(0);
        var sent = chain.after(before).stream()
                .filter(row -> row.purpose().equals("invitation-email"))
                .toList();
        assertThat(sent)
                .containsExactly(ExpectedEntry.of("notification", "success", "invitation-email")
                        .bySystem("notification-dispatcher")
                        .from(null)
                        .about("message", message)
                        .at(sent.get(0).sequence(), NOW));
    }

    private ExpectedEntry notification(String messageId) {
        return ExpectedEntry.of("notification", "success", "match-notification")
                .bySystem("notification-dispatcher")
                .from(null)
                .about("message", messageId)
                .child(pseudonym(CHILD));
    }

    private void awaitSent(String table, int count) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from " + table + " where sent_at is not null")
                                .query(Integer.class)
                                .single()
                        == count);
    }

    private int failedCount() {
        return jdbc.sql("select count(*) from notification_messages where attempts > 0")
                .query(Integer.class)
                .single();
    }

    private java.util.List<String> messageIds(String table) {
        return jdbc.sql("select id from " + table).query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
    }

    private String pseudonym(String bsn) {
        return HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(bsn)).value());
    }
}
