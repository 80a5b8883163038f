package nl.verwijsindex.notification.web;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import nl.verwijsindex.notification.outbox.NotificationMessages;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox page in the shared test context, which sends by SMTP: it shows that mode, lists no files,
 * counts the waiting notifications, and serves no file by name. {@code OutboxFolderTests} reads a
 * folder of messages.
 */
class OutboxPageIntegrationTests extends IntegrationTest {

    @Autowired
    NotificationMessages messages;

    @Test
    void showsSmtpModeAndCounts() {
        queueMessage(0);
        queueMessage(3);
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var response = administrator.get("/administration/outbox");

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(body).contains("id=\"pending-count\">2</dd>");
        assertThat(body).contains("id=\"failed-count\">1</dd>");
        assertThat(body).contains("E-mail gaat via de SMTP-server naar de ontvangers.");
        assertThat(body).doesNotContain("id=\"outbox-messages\"");
    }

    @Test
    void showsCountsInEnglish() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var body = administrator.get("/administration/outbox?lang=en").body();

        assertThat(body)
                .contains(
                        "Emails still to be sent (matches, invitations, reminders, move notices and objection notices)",
                        "id=\"pending-count\">0</dd>");
        assertThat(body).contains("Email goes to its recipients through the SMTP server");
    }

    @Test
    void countsPendingObjectionNotices() {
        queueMessage(0);
        queueObjectionNotice(2);
        var sent = queueObjectionNotice(1);
        var cancelled = queueObjectionNotice(0);
        jdbc.sql("update objection_messages set sent_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), sent)
                .update();
        jdbc.sql("update objection_messages set cancelled_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), cancelled)
                .update();
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var body = administrator.get("/administration/outbox").body();

        assertThat(body).contains("id=\"pending-count\">2</dd>");
        assertThat(body).contains("id=\"failed-count\">1</dd>");
        assertThat(messages.countPending()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/administration/outbox/notification-00000000-0000-4000-8000-000000000001.eml",
                "/administration/outbox/..%2Fdemo-credentials.json",
                "/administration/outbox/.notification-x.eml.tmp",
                "/administration/outbox/%2E%2E"
            })
    void servesNoFileByName(String path) {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var response = administrator.get(path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).doesNotContain("apiToken", "Subject:");
    }

    @Test
    void officerIsForbidden() {
        var response = loggedIn(MUNICIPAL_OFFICER).get("/administration/outbox");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("pending-count");
    }

    /** Queues an objection notice that is due only next year, so that the dispatcher leaves it waiting. */
    private UUID queueObjectionNotice(int failedAttempts) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into objection_messages (id, recipient_professional_id, signal_id, signal_number,
                               created_at, next_attempt_at, attempts)
                        values (?, ?, ?, 17, ?, ?, ?)
                        """)
                .params(
                        id,
                        TEACHER.id(),
                        UUID.randomUUID(),
                        Timestamp.from(clock.instant()),
                        Timestamp.from(Instant.parse("2027-12-04T00:00:00Z")),
                        failedAttempts)
                .update();
        return id;
    }

    /** Queues a match notification that is due only next year, so that the dispatcher leaves it waiting. */
    private void queueMessage(int failedAttempts) {
        jdbc.sql("""
                        insert into notification_messages (id, recipient_professional_id, match_id, match_type,
                               match_date, recipient_signal_id, other_professional_ids, other_signal_ids, created_at,
                               next_attempt_at, attempts)
                        values (?, ?, ?, 'child', date '2026-12-04', ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        TEACHER.id(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new UUID[] {NURSE.id()},
                        new UUID[] {UUID.randomUUID()},
                        Timestamp.from(clock.instant()),
                        Timestamp.from(Instant.parse("2027-12-04T00:00:00Z")),
                        failedAttempts)
                .update();
    }
}
