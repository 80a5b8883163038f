package nl.verwijsindex.notification;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.coordination.CoordinationSteps;
import nl.verwijsindex.notification.outbox.BorderNotices;
import nl.verwijsindex.notification.outbox.CoordinationMessages;
import nl.verwijsindex.notification.outbox.NotificationMessages;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox API of the demo history: with sending paused, a match of NURSE and CARER on 20
 * November 2026 with a contact recorded and a border notice, and TEACHER joining the match on 4
 * December. Withholding what was queued before 28 November keeps only the emails of 4 December,
 * and no dispatcher ever sends a withheld message.
 */
class DemoHistoryOutboxIntegrationTests extends IntegrationTest {

    static final String CHILD = "999970033";
    static final LocalDate OLD_DAY = LocalDate.of(2026, 11, 20);
    static final Instant CUTOFF = LocalDate.of(2026, 11, 28)
            .atStartOfDay(ZoneId.of("Europe/Amsterdam"))
            .toInstant();
    static final AuditActor DEMO = AuditActor.system("demo-history");

    @Autowired
    DemoHistoryOutbox outbox;

    @Autowired
    CoordinationSteps steps;

    @Autowired
    NotificationMessages notificationMessages;

    @Autowired
    CoordinationMessages coordinationMessages;

    @Autowired
    BorderNotices borderNotices;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    TestApi api;
    UUID match;
    UUID oldNotice;

    @BeforeEach
    void queueOldAndNewMessages() {
        api = new TestApi(port);
        outbox.pauseSending();
        clock.setDate(OLD_DAY);
        register(NURSE);
        register(CARER);
        match = UUID.fromString(api.matches(NURSE.organisation().apiToken(), NURSE.id())
                .body()
                .path("matches")
                .path(0)
                .path("id")
                .asString());
        steps.recordContact(NURSE.organisation().id(), NURSE.id(), match, DEMO);
        oldNotice = queueBorderNotice();
        clock.setDate(DEFAULT_TODAY);
        register(TEACHER);
    }

    @AfterEach
    void endPause() {
        outbox.endPause();
    }

    @Test
    void withholdsMessagesQueuedBeforeInstant() {
        var oldMatchMessages = idsQueuedBeforeCutoff("notification_messages");
        var oldCoordinationMessages = idsQueuedBeforeCutoff("coordination_messages");

        var withheld = outbox.withholdQueuedBefore(CUTOFF, DEMO);

        assertThat(withheld).isEqualTo(new DemoHistoryOutbox.WithheldCounts(2, 1, 1));
        assertThat(oldMatchMessages).hasSize(2);
        assertThat(oldCoordinationMessages).hasSize(1);
        assertThat(withheldIds("notification_messages")).isEqualTo(oldMatchMessages);
        assertThat(withheldIds("coordination_messages")).isEqualTo(oldCoordinationMessages);
        assertThat(withheldIds("border_notices")).containsExactly(oldNotice);
        var cancelledAt = jdbc.sql(
                        "select distinct cancelled_at from notification_messages where withheld_reason is not null")
                .query(Timestamp.class)
                .single();
        assertThat(cancelledAt.toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void auditsEachWithheldMessage() {
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();
        var expectedIds = new ArrayList<String>();
        idsQueuedBeforeCutoff("notification_messages").forEach(id -> expectedIds.add(id.toString()));
        idsQueuedBeforeCutoff("coordination_messages").forEach(id -> expectedIds.add(id.toString()));
        expectedIds.add(oldNotice.toString());

        outbox.withholdQueuedBefore(CUTOFF, DEMO);

        var entries = chain.after(before);
        assertThat(entries).hasSize(4);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i))
                    .isEqualTo(ExpectedEntry.of("write", "success", "withhold-message")
                            .bySystem("demo-history")
                            .from(null)
                            .about("message", expectedIds.get(i))
                            .at(entries.get(i).sequence(), clock.instant()));
        }
    }

    @Test
    void sendsOnlyKeptMessagesAfterPause() {
        outbox.withholdQueuedBefore(CUTOFF, DEMO);

        outbox.endPause();
        awaitQueuedEmails();

        var sent = jdbc.sql("select count(*) from notification_messages where sent_at is not null")
                .query(Long.class)
                .single();
        var withheldSent = jdbc.sql("""
                        select (select count(*) from notification_messages
                                 where withheld_reason is not null and sent_at is not null)
                             + (select count(*) from coordination_messages
                                 where withheld_reason is not null and sent_at is not null)
                        """).query(Long.class).single();
        assertThat(sent).isEqualTo(3);
        assertThat(withheldSent).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(jdbc.sql("select count(*) from border_notices where id = ?")
                        .param(oldNotice)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void noDispatcherClaimsWithheldMessage() {
        outbox.withholdQueuedBefore(CUTOFF, DEMO);
        jdbc.sql("update notification_messages set cancelled_at = ? where withheld_reason is null")
                .param(Timestamp.from(clock.instant()))
                .update();
        var farFuture = Instant.parse("2100-01-01T00:00:00Z");

        var claimed = transactions.execute(status -> List.of(
                notificationMessages.claimNextDue(farFuture).isPresent(),
                coordinationMessages.claimNextDue(farFuture).isPresent(),
                borderNotices.claimNextDue(farFuture).isPresent()));

        assertThat(claimed).containsExactly(false, false, false);
    }

    @Test
    void outboxPageShowsWithheldCount() {
        outbox.withholdQueuedBefore(CUTOFF, DEMO);
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var dutch = administrator.get("/administration/outbox").body();
        var english = administrator.get("/administration/outbox?lang=en").body();

        assertThat(dutch).contains("Niet verstuurd: e-mails van de gegenereerde demogeschiedenis (ouder dan 7 dagen)");
        assertThat(dutch).contains("id=\"withheld-count\">4</dd>");
        assertThat(english).contains("Not sent: emails of the generated demo history (older than 7 days)");
    }

    @Test
    void outboxPageHidesCountWithoutWithheldMessages() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var body = administrator.get("/administration/outbox").body();

        assertThat(body).doesNotContain("withheld-count");
    }

    private void register(Person professional) {
        var response = api.register(professional.organisation().apiToken(), CHILD, professional.id());
        assertThat(response.status())
                .as("registration of %s", professional.name())
                .isEqualTo(201);
    }

    private UUID queueBorderNotice() {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into border_notices (id, match_id, municipality_code, created_at, next_attempt_at)
                        values (?, ?, '0363', ?, ?)
                        """)
                .params(id, match, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Returns the ids of the table's messages queued before the cutoff, in queue order. */
    private List<UUID> idsQueuedBeforeCutoff(String table) {
        return jdbc.sql("select id from " + table + " where created_at < ? order by number")
                .param(Timestamp.from(CUTOFF))
                .query(UUID.class)
                .list();
    }

    private List<UUID> withheldIds(String table) {
        return jdbc.sql("select id from " + table + " where withheld_reason = 'generated-demo-history' order by number")
                .query(UUID.class)
                .list();
    }
}
