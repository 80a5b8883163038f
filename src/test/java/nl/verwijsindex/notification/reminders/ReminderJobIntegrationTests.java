package nl.verwijsindex.notification.reminders;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The reminder job with the fixed clock: informing reminders 14 days after registration, ending
 * reminders 30 days before the end date, each once, through GreenMail.
 */
class ReminderJobIntegrationTests extends IntegrationTest {

    /** Mira Maasland, born 2017-01-01: 9 years old, so only the parents must be informed. */
    private static final Child UNDER_12 = new Child("999970033", "Mira", "Maasland", "2017-01-01");

    /** Kevin Kornelissen, born 2013-04-01: 13 years old, so the parents and the child must be informed. */
    private static final Child AGED_13 = new Child("999998948", "Kevin", "Kornelissen", "2013-04-01");

    /** Jaffe Jager, born 2005-01-01: 21 years old, so only the young person must be informed. */
    private static final Child AGED_21 = new Child("999992107", "Jaffe", "Jager", "2005-01-01");

    private static final LocalDate REGISTERED_ON = LocalDate.of(2026, 11, 20);

    /** The web base URL of the tests: the default, because the tests do not set it. */
    private static final String BASE_URL = "http://localhost:8080";

    @Autowired
    ReminderJob job;

    @Autowired
    ReminderSchedule schedule;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    Pseudonymisation pseudonymisation;

    @Autowired
    ApplicationContext context;

    TestApi api;

    @BeforeEach
    void createClient() {
        api = new TestApi(port);
    }

    @Test
    void day13SendsNoInformingReminder() throws Exception {
        register(TEACHER, UNDER_12, null);
        clock.setDate(REGISTERED_ON.plusDays(13));

        var run = job.run();

        assertThat(run.informingCandidates()).isZero();
        assertThat(run.informingQueued()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void day14SendsInformingReminder() throws Exception {
        var signal = register(TEACHER, UNDER_12, "LLN-2291");
        clock.setDate(REGISTERED_ON.plusDays(14));

        var run = job.run();

        assertThat(run.informingCandidates()).isEqualTo(1);
        assertThat(run.informingQueued()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        var email = single(received());
        assertThat(recipients(email)).containsExactly(TEACHER.email());
        assertThat(email.getSubject())
                .isEqualTo("Herinnering: leg het informeren vast bij uw melding " + signal.number());
        var text = Emails.text(email);
        assertThat(text)
                .startsWith("Beste Anna de Vries,\n\nU heeft melding " + signal.number()
                        + " op 20 november 2026 in de verwijsindex gedaan.");
        assertThat(text).contains("U moet de ouders informeren: de ouders van een jeugdige onder de 16 jaar");
        assertThat(text).contains(BASE_URL + "/signals/" + signal.id() + "\n");
        assertThat(text).contains("Nummer van uw melding: " + signal.number() + "\n", "Uw eigen kenmerk: LLN-2291\n");
        assertThat(Emails.html(email)).contains("<a href=\"" + BASE_URL + "/signals/" + signal.id() + "\">");
        assertThat(email.getMessageID())
                .isEqualTo("<reminder." + reminderIds(signal).get(0) + "@localhost>");
        assertNoChildData(email, UNDER_12);
    }

    @Test
    void day15SendsReminderNotSentBefore() throws Exception {
        var signal = register(TEACHER, UNDER_12, null);
        clock.setDate(REGISTERED_ON.plusDays(15));

        var run = job.run();

        assertThat(run.informingQueued()).isEqualTo(1);
        var email = single(received());
        assertThat(email.getSubject())
                .isEqualTo("Herinnering: leg het informeren vast bij uw melding " + signal.number());
    }

    @Test
    void recordedInformingSendsNoReminder() throws Exception {
        var signal = register(TEACHER, UNDER_12, null);
        var informed = new HashMap<String, Object>();
        informed.put("status", "informed");
        informed.put("informedOn", REGISTERED_ON.toString());
        informed.put("informedParties", List.of("parents"));
        var response = api.put(TEACHER.organisation().apiToken(), informingPath(signal), informed);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        clock.setDate(REGISTERED_ON.plusDays(14));

        var run = job.run();

        assertThat(run.informingCandidates()).isZero();
        assertThat(run.informingQueued()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void postponedInformingSendsNoReminder() throws Exception {
        var signal = register(TEACHER, UNDER_12, null);
        postpone(TEACHER, signal);
        clock.setDate(REGISTERED_ON.plusDays(14));

        var run = job.run();

        assertThat(run.informingCandidates()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void reminderNamesPartiesByAge() throws Exception {
        var young = register(TEACHER, UNDER_12, null);
        var middle = register(NURSE, AGED_13, null);
        var old = register(CARER, AGED_21, null);
        clock.setDate(REGISTERED_ON.plusDays(14));

        var run = job.run();

        assertThat(run.informingQueued()).isEqualTo(3);
        assertThat(parties(young)).isEqualTo("parents");
        assertThat(parties(middle)).isEqualTo("both");
        assertThat(parties(old)).isEqualTo("child");
        var emails = byRecipient(received());
        assertThat(emails).hasSize(3);
        assertThat(Emails.text(emails.get(TEACHER.email())))
                .contains("U moet de ouders informeren: de ouders van een jeugdige onder de 16 jaar,");
        assertThat(Emails.text(emails.get(NURSE.email())))
                .contains("U moet de ouders en de jeugdige informeren: de ouders van een jeugdige onder de 16 jaar"
                        + " en de jeugdige zelf vanaf 12 jaar,");
        assertThat(Emails.text(emails.get(CARER.email())))
                .contains("U moet de jeugdige informeren: de jeugdige zelf vanaf 12 jaar,");
        assertNoChildData(emails.get(TEACHER.email()), UNDER_12);
        assertNoChildData(emails.get(NURSE.email()), AGED_13);
        assertNoChildData(emails.get(CARER.email()), AGED_21);
    }

    @Test
    void englishReaderGetsEnglishReminder() throws Exception {
        var signal = register(COACH, AGED_13, null);
        clock.setDate(REGISTERED_ON.plusDays(14));

        job.run();

        var email = single(received());
        assertThat(email.getSubject()).isEqualTo("Reminder: record informing for your signal " + signal.number());
        var text = Emails.text(email);
        assertThat(text)
                .startsWith("Dear Finn O'Neill,\n\nYou registered signal " + signal.number()
                        + " in the reference index on 20 November 2026.");
        assertThat(text).contains("You must inform the parents and the child:", "Your own reference: not given\n");
        assertThat(Emails.html(email)).contains("<html lang=\"en\">");
        assertNoChildData(email, AGED_13);
    }

    @Test
    void secondRunSendsNothingMore() throws Exception {
        register(TEACHER, UNDER_12, null);
        register(NURSE, AGED_13, null, REGISTERED_ON.plusDays(30));
        clock.setDate(REGISTERED_ON.plusDays(14));
        var first = job.run();
        assertThat(first.informingQueued()).isEqualTo(2);
        assertThat(first.endingQueued()).isEqualTo(1);
        assertThat(received()).hasSize(3);

        var second = job.run();
        clock.setDate(REGISTERED_ON.plusDays(15));
        var third = job.run();

        assertThat(second.informingCandidates()).isZero();
        assertThat(second.informingQueued()).isZero();
        assertThat(second.endingCandidates()).isEqualTo(1);
        assertThat(second.endingQueued()).isZero();
        assertThat(third.informingQueued()).isZero();
        assertThat(third.endingQueued()).isZero();
        assertThat(received()).hasSize(3);
    }

    @Test
    void endDateIn31DaysSendsNoReminder() throws Exception {
        register(TEACHER, UNDER_12, null, DEFAULT_TODAY.plusDays(31), DEFAULT_TODAY);

        var run = job.run();

        assertThat(run.endingCandidates()).isZero();
        assertThat(run.endingQueued()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void endDateIn30DaysSendsReminder() throws Exception {
        var signal = register(TEACHER, UNDER_12, "LLN-7", DEFAULT_TODAY.plusDays(30), DEFAULT_TODAY);

        var run = job.run();

        assertThat(run.endingCandidates()).isEqualTo(1);
        assertThat(run.endingQueued()).isEqualTo(1);
        var email = single(received());
        assertThat(recipients(email)).containsExactly(TEACHER.email());
        assertThat(email.getSubject())
                .isEqualTo("Herinnering: uw melding " + signal.number() + " eindigt op 3 januari 2027");
        var text = Emails.text(email);
        assertThat(text)
                .contains("Uw melding " + signal.number() + " in de verwijsindex loopt tot en met 3 januari 2027.");
        assertThat(text).contains("Verleng de melding op de pagina van de melding.");
        assertThat(text).contains(BASE_URL + "/signals/" + signal.id() + "\n");
        assertThat(text).contains("Uw eigen kenmerk: LLN-7\n");
        assertThat(text).doesNotContain("U moet");
        assertNoChildData(email, UNDER_12);
    }

    @Test
    void endDateIn29DaysSendsReminder() throws Exception {
        var signal = register(TEACHER, UNDER_12, null, DEFAULT_TODAY.plusDays(29), DEFAULT_TODAY);

        var run = job.run();

        assertThat(run.endingQueued()).isEqualTo(1);
        assertThat(single(received()).getSubject())
                .isEqualTo("Herinnering: uw melding " + signal.number() + " eindigt op 2 januari 2027");
    }

    @Test
    void extendedSignalGetsOneMoreEndingReminder() throws Exception {
        var signal = register(TEACHER, UNDER_12, null, DEFAULT_TODAY.plusDays(30), DEFAULT_TODAY);
        postpone(TEACHER, signal);
        job.run();
        assertThat(received()).hasSize(1);
        var extended = LocalDate.of(2027, 3, 1);
        var response = api.post(
                TEACHER.organisation().apiToken(),
                "/api/v1/signals/" + signal.id() + "/extension",
                Map.of("endDate", extended.toString()));
        assertThat(response.status()).as(response.text()).isEqualTo(200);

        clock.setDate(extended.minusDays(31));
        var early = job.run();
        clock.setDate(extended.minusDays(30));
        var due = job.run();

        assertThat(early.endingQueued()).isZero();
        assertThat(due.endingQueued()).isEqualTo(1);
        var emails = received();
        assertThat(emails).hasSize(2);
        assertThat(emails.get(1).getSubject())
                .isEqualTo("Herinnering: uw melding " + signal.number() + " eindigt op 1 maart 2027");
        assertThat(reminderIds(signal)).hasSize(2);
    }

    @Test
    void transferredSignalGetsNoSecondReminder() throws Exception {
        var signal = register(TEACHER, UNDER_12, null);
        clock.setDate(REGISTERED_ON.plusDays(14));
        job.run();
        assertThat(recipients(single(received()))).containsExactly(TEACHER.email());
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");
        var transfer = administrator.post(
                "/organisation/professionals/" + TEACHER.id() + "/transfer",
                List.of(
                        Map.entry("colleague", HEADTEACHER.id().toString()),
                        Map.entry("signal", signal.id().toString())));
        assertThat(transfer.statusCode()).isEqualTo(302);
        clock.setDate(REGISTERED_ON.plusDays(15));

        var run = job.run();

        assertThat(run.informingCandidates()).isZero();
        assertThat(run.informingQueued()).isZero();
        assertThat(received()).hasSize(1);
    }

    @Test
    void destroyedSignalTakesItsRemindersAlong() throws Exception {
        var signal = register(TEACHER, UNDER_12, null);
        clock.setDate(REGISTERED_ON.plusDays(14));
        job.run();
        assertThat(received()).hasSize(1);
        assertThat(reminderIds(signal)).hasSize(1);

        var response = api.end(TEACHER.organisation().apiToken(), signal.id(), "unjustified");

        assertThat(response.status()).as(response.text()).isEqualTo(204);
        assertThat(reminderIds(signal)).isEmpty();
    }

    @Test
    void runRecordsQueuedSentAndRunEntries() throws Exception {
        var signal = register(TEACHER, UNDER_12, null);
        clock.setDate(REGISTERED_ON.plusDays(14));
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        var run = job.run();
        received();

        var pseudonym = pseudonymisation.pseudonymise(Bsn.of(UNDER_12.bsn()));
        var child = HexFormat.of().formatHex(pseudonym.value());
        var now = clock.instant();
        assertThat(withoutSequence(chain.after(before)))
                .containsExactlyInAnyOrder(
                        entry(
                                now,
                                "notification",
                                "success",
                                "send-reminders",
                                "signal",
                                signal.id().toString(),
                                child,
                                pseudonym.keyVersion(),
                                "remind-informing"),
                        entry(
                                now,
                                "write",
                                "success",
                                "send-reminders",
                                "job-run",
                                run.id().toString(),
                                null,
                                null,
                                "send-reminders"),
                        entry(
                                now,
                                "notification",
                                "success",
                                "notification-dispatcher",
                                "message",
                                reminderIds(signal).get(0).toString(),
                                child,
                                pseudonym.keyVersion(),
                                "remind-informing"));
    }

    @Test
    void concurrentRunsQueueEachReminderOnce() throws Exception {
        register(TEACHER, UNDER_12, null);
        register(NURSE, AGED_13, null);
        register(CARER, AGED_21, null, REGISTERED_ON.plusDays(40));
        clock.setDate(REGISTERED_ON.plusDays(14));
        var start = new CyclicBarrier(2);
        var threads = Executors.newFixedThreadPool(2);
        List<ReminderRun> runs;
        try {
            var first = CompletableFuture.supplyAsync(() -> runAfter(start), threads);
            var second = CompletableFuture.supplyAsync(() -> runAfter(start), threads);
            runs = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }

        assertThat(runs.get(0).informingQueued() + runs.get(1).informingQueued())
                .isEqualTo(3);
        assertThat(runs.get(0).endingQueued() + runs.get(1).endingQueued()).isEqualTo(1);
        assertThat(runs.get(0).failed() + runs.get(1).failed()).isZero();
        assertThat(received()).hasSize(4);
    }

    @Test
    void heldLockSkipsScheduledRun() throws Exception {
        register(TEACHER, UNDER_12, null);
        clock.setDate(REGISTERED_ON.plusDays(14));
        var otherNode = lockProvider
                .lock(new LockConfiguration(Instant.now(), ReminderJob.NAME, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            schedule.sendReminders();

            assertThat(pendingOrSent()).isZero();
        } finally {
            otherNode.unlock();
        }

        schedule.sendReminders();

        assertThat(pendingOrSent()).isEqualTo(1);
        assertThat(received()).hasSize(1);
    }

    private ReminderRun runAfter(CyclicBarrier start) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other job run did not start", e);
        }
        return job.run();
    }

    /** Registers a signal for the child through the API on {@link #REGISTERED_ON}, with the default end date. */
    private Registered register(Person professional, Child child, @Nullable String ownReference) {
        return register(professional, child, ownReference, null, REGISTERED_ON);
    }

    private Registered register(Person professional, Child child, @Nullable String ownReference, LocalDate endDate) {
        return register(professional, child, ownReference, endDate, REGISTERED_ON);
    }

    private Registered register(
            Person professional,
            Child child,
            @Nullable String ownReference,
            @Nullable LocalDate endDate,
            LocalDate registeredOn) {
        var today = clock.today();
        clock.setDate(registeredOn);
        var body = new HashMap<String, String>();
        body.put("bsn", child.bsn());
        body.put("professionalId", professional.id().toString());
        if (ownReference != null) {
            body.put("ownReference", ownReference);
        }
        if (endDate != null) {
            body.put("endDate", endDate.toString());
        }
        var response = api.post(professional.organisation().apiToken(), "/api/v1/signals", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        clock.setDate(today);
        return new Registered(
                UUID.fromString(response.body().path("id").asString()),
                response.body().path("number").asLong());
    }

    private void postpone(Person professional, Registered signal) {
        var response =
                api.put(professional.organisation().apiToken(), informingPath(signal), Map.of("status", "postponed"));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private static String informingPath(Registered signal) {
        return "/api/v1/signals/" + signal.id() + "/informing";
    }

    /**
     * Waits until the outbox has sent or cancelled every reminder, and returns every email GreenMail
     * received, in the order it received them.
     */
    private List<MimeMessage> received() {
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        jdbc.sql("select count(*) from signal_reminders where sent_at is null and cancelled_at is null")
                                        .query(Long.class)
                                        .single()
                                == 0);
        return List.of(smtp.getReceivedMessages());
    }

    private long pendingOrSent() {
        return jdbc.sql("select count(*) from signal_reminders")
                .query(Long.class)
                .single();
    }

    private List<UUID> reminderIds(Registered signal) {
        return jdbc.sql("select id from signal_reminders where signal_id = ? order by number")
                .param(signal.id())
                .query(UUID.class)
                .list();
    }

    private String parties(Registered signal) {
        return jdbc.sql("select informing_parties from signal_reminders where signal_id = ? and kind = 'informing'")
                .param(signal.id())
                .query(String.class)
                .single();
    }

    private static MimeMessage single(List<MimeMessage> emails) {
        assertThat(emails).hasSize(1);
        return emails.get(0);
    }

    private static List<String> recipients(MimeMessage email) throws Exception {
        var recipients = new ArrayList<String>();
        for (var address : email.getRecipients(Message.RecipientType.TO)) {
            recipients.add(address.toString());
        }
        return recipients;
    }

    private static Map<String, MimeMessage> byRecipient(List<MimeMessage> emails) throws Exception {
        var byRecipient = new HashMap<String, MimeMessage>();
        for (var email : emails) {
            byRecipient.put(recipients(email).get(0), email);
        }
        return byRecipient;
    }

    /** Asserts that neither the subject nor any part of the email names the child or its BSN or birth date. */
    static void assertNoChildData(MimeMessage email, Child child) throws Exception {
        for (var part : List.of(email.getSubject(), Emails.text(email), Emails.html(email))) {
            assertThat(part).doesNotContain(child.bsn());
            assertThat(part).doesNotContain(child.firstName());
            assertThat(part).doesNotContain(child.surname());
            assertThat(part).doesNotContain(child.birthDate());
        }
    }

    /** Returns the rows with sequence number 0, because the dispatcher may record its entry before the run's. */
    private static List<AuditChain.Row> withoutSequence(List<AuditChain.Row> rows) {
        return rows.stream()
                .map(row -> new AuditChain.Row(
                        0,
                        row.recordedAt(),
                        row.action(),
                        row.outcome(),
                        row.actorType(),
                        row.actorId(),
                        row.actorRole(),
                        row.actorOrganisationId(),
                        row.actorMunicipalityId(),
                        row.onBehalfOf(),
                        row.origin(),
                        row.objectType(),
                        row.objectId(),
                        row.child(),
                        row.pseudonymKeyVersion(),
                        row.purpose()))
                .toList();
    }

    /** Returns an entry of a system actor, with the sequence number 0 and no role, organisation or origin. */
    private static AuditChain.Row entry(
            Instant recordedAt,
            String action,
            String outcome,
            String actor,
            String objectType,
            String objectId,
            @Nullable String child,
            @Nullable Integer keyVersion,
            String purpose) {
        return new AuditChain.Row(
                0,
                recordedAt,
                action,
                outcome,
                "system",
                actor,
                null,
                null,
                null,
                null,
                null,
                objectType,
                objectId,
                child,
                keyVersion,
                purpose);
    }

    /** A child of the RvIG test data, with what an email must never contain. */
    record Child(String bsn, String firstName, String surname, String birthDate) {}

    private record Registered(UUID id, long number) {}
}
