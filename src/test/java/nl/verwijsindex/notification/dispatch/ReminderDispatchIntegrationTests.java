package nl.verwijsindex.notification.dispatch;

import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders that are no longer needed when the dispatcher comes to send them. Each test queues a
 * reminder that is due an hour later, changes the signal, and then moves the clock past that hour.
 */
class ReminderDispatchIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, so only the parents must be informed. */
    private static final String CHILD = "999970033";

    private TestApi api;

    @BeforeEach
    void createClient() {
        api = new TestApi(port);
    }

    @Test
    void recordedInformingCancelsPendingReminder() throws Exception {
        var signal = register(null);
        var reminder = queue(signal, "informing", null, "parents");
        var informed = new HashMap<String, Object>();
        informed.put("status", "informed");
        informed.put("informedOn", DEFAULT_TODAY.toString());
        informed.put("informedParties", List.of("parents"));
        var response = api.put(TEACHER.organisation().apiToken(), "/api/v1/signals/" + signal + "/informing", informed);
        assertThat(response.status()).as(response.text()).isEqualTo(200);

        clock.setInstant(clock.instant().plus(Duration.ofHours(2)));

        awaitCancelled(reminder);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void extensionCancelsPendingEndingReminder() throws Exception {
        var endDate = DEFAULT_TODAY.plusDays(20);
        var signal = register(endDate);
        var reminder = queue(signal, "ending", endDate, null);
        var response = api.post(
                TEACHER.organisation().apiToken(),
                "/api/v1/signals/" + signal + "/extension",
                Map.of("endDate", LocalDate.of(2027, 6, 1).toString()));
        assertThat(response.status()).as(response.text()).isEqualTo(200);

        clock.setInstant(clock.instant().plus(Duration.ofHours(2)));

        awaitCancelled(reminder);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void archivedSignalCancelsPendingReminder() throws Exception {
        var signal = register(null);
        var reminder = queue(signal, "informing", null, "parents");
        var response = api.end(TEACHER.organisation().apiToken(), signal, "risk-gone");
        assertThat(response.status()).as(response.text()).isEqualTo(200);

        clock.setInstant(clock.instant().plus(Duration.ofHours(2)));

        awaitCancelled(reminder);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void unchangedSignalGetsPendingReminder() throws Exception {
        var signal = register(null);
        var reminder = queue(signal, "informing", null, "parents");

        clock.setInstant(clock.instant().plus(Duration.ofHours(2)));

        await().atMost(Duration.ofSeconds(10)).until(() -> column(reminder, "sent_at") != null);
        assertThat(column(reminder, "cancelled_at")).isNull();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private UUID register(@Nullable LocalDate endDate) {
        var body = new HashMap<String, String>();
        body.put("bsn", CHILD);
        body.put("professionalId", TEACHER.id().toString());
        if (endDate != null) {
            body.put("endDate", endDate.toString());
        }
        var response = api.post(TEACHER.organisation().apiToken(), "/api/v1/signals", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return UUID.fromString(response.body().path("id").asString());
    }

    /** Writes a reminder that is due an hour from now, as if its first attempt had failed. */
    private UUID queue(UUID signal, String kind, @Nullable LocalDate endDate, @Nullable String parties) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into signal_reminders (id, signal_id, kind, end_date, informing_parties, created_at,
                               attempts, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, 1, ?)
                        """)
                .params(
                        id,
                        signal,
                        kind,
                        endDate,
                        parties,
                        Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant().plus(Duration.ofHours(1))))
                .update();
        return id;
    }

    private void awaitCancelled(UUID reminder) {
        await().atMost(Duration.ofSeconds(10)).until(() -> column(reminder, "cancelled_at") != null);
        assertThat(column(reminder, "sent_at")).isNull();
        assertThat(column(reminder, "cancelled_at")).isEqualTo(clock.instant());
    }

    private @Nullable Instant column(UUID reminder, String name) {
        var value = jdbc.sql("select " + name + " from signal_reminders where id = ?")
                .param(reminder)
                .query(Timestamp.class)
                .optional();
        return value.map(Timestamp::toInstant).orElse(null);
    }
}
