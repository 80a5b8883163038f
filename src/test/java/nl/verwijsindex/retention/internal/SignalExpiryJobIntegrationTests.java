package nl.verwijsindex.retention.internal;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The job that moves signals past their end date to the archive, and the matches that this ends. */
class SignalExpiryJobIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, so an end date in December 2026 is within every limit. */
    private static final String CHILD = "999970033";

    private static final String SECOND_CHILD = "999970070";
    private static final String THIRD_CHILD = "999970082";

    private static final LocalDate REGISTERED_ON = DEFAULT_TODAY;
    private static final LocalDate END_DATE = LocalDate.of(2026, 12, 10);

    @Autowired
    SignalExpiryJob job;

    @Autowired
    EndingSchedule schedule;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    ApplicationContext context;

    TestApi api;

    @BeforeEach
    void createClient() {
        api = new TestApi(port);
    }

    @Test
    void dayBeforeEndDateKeepsSignal() {
        var signal = register(TEACHER, CHILD, END_DATE);
        clock.setDate(END_DATE.minusDays(1));

        var run = job.run();

        assertThat(run.candidates()).isZero();
        assertThat(run.ended()).isZero();
        assertThat(signalRow(signal)).isEqualTo(new SignalRow("active", END_DATE, null, null));
    }

    @Test
    void endDateItselfKeepsSignal() {
        var signal = register(TEACHER, CHILD, END_DATE);
        clock.setDate(END_DATE);

        var run = job.run();

        assertThat(run.candidates()).isZero();
        assertThat(run.ended()).isZero();
        assertThat(signalRow(signal)).isEqualTo(new SignalRow("active", END_DATE, null, null));
    }

    @Test
    void dayAfterEndDateArchivesSignal() {
        var signal = register(TEACHER, CHILD, END_DATE);
        clock.setDate(END_DATE.plusDays(1));

        var run = job.run();

        assertThat(run.candidates()).isEqualTo(1);
        assertThat(run.ended()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        assertThat(signalRow(signal)).isEqualTo(new SignalRow("archived", END_DATE, END_DATE, "end-date"));
    }

    @Test
    void lateRunEndsOnEndDate() {
        var signal = register(TEACHER, CHILD, END_DATE);
        clock.setDate(END_DATE.plusDays(5));

        job.run();

        assertThat(signalRow(signal)).isEqualTo(new SignalRow("archived", END_DATE, END_DATE, "end-date"));
    }

    @Test
    void extendedSignalStaysActive() {
        var signal = register(TEACHER, CHILD, END_DATE);
        clock.setDate(END_DATE);
        var extended = LocalDate.of(2026, 12, 20);
        var response = api.post(
                TEACHER.organisation().apiToken(),
                "/api/v1/signals/" + signal + "/extension",
                Map.of("endDate", extended.toString()));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        clock.setDate(END_DATE.plusDays(1));

        var run = job.run();

        assertThat(run.ended()).isZero();
        assertThat(signalRow(signal)).isEqualTo(new SignalRow("active", extended, null, null));

        clock.setDate(extended.plusDays(1));
        job.run();

        assertThat(signalRow(signal)).isEqualTo(new SignalRow("archived", extended, extended, "end-date"));
    }

    @Test
    void secondRunChangesNothing() {
        register(TEACHER, CHILD, END_DATE);
        register(NURSE, CHILD, null);
        register(CARER, SECOND_CHILD, END_DATE);
        awaitQueuedEmails();
        clock.setDate(END_DATE.plusDays(1));
        var first = job.run();
        assertThat(first.ended()).isEqualTo(2);
        var stored = snapshot();
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        var second = job.run();

        assertThat(second.candidates()).isZero();
        assertThat(second.ended()).isZero();
        assertThat(second.failed()).isZero();
        assertThat(snapshot()).isEqualTo(stored);
        assertThat(chain.after(before)).containsExactly(jobEntry(before + 1, second.id(), "success"));
    }

    @Test
    void matchWithOneProfessionalLeftEnds() {
        var teacher = register(TEACHER, CHILD, END_DATE);
        var nurse = register(NURSE, CHILD, null);
        var match = matchIds().get(0);
        clock.setDate(END_DATE.plusDays(1));

        job.run();

        assertThat(matchRows()).containsExactly(new MatchRow(match, "child", REGISTERED_ON, END_DATE));
        assertThat(candidateActive(teacher)).isFalse();
        assertThat(candidateActive(nurse)).isTrue();
        assertThat(members(match)).containsExactlyInAnyOrder(teacher, nurse);
    }

    @Test
    void matchWithTwoProfessionalsLeftContinues() {
        var teacher = register(TEACHER, CHILD, END_DATE);
        var nurse = register(NURSE, CHILD, null);
        var carer = register(CARER, CHILD, null);
        var match = matchIds().get(0);
        clock.setDate(END_DATE.plusDays(1));

        job.run();

        assertThat(matchRows()).containsExactly(new MatchRow(match, "child", REGISTERED_ON, null));
        assertThat(candidateActive(teacher)).isFalse();
        assertThat(candidateActive(nurse)).isTrue();
        assertThat(candidateActive(carer)).isTrue();
    }

    @Test
    void concurrentRunsArchiveEachSignalOnce() throws Exception {
        var signals = List.of(
                register(TEACHER, CHILD, END_DATE),
                register(NURSE, CHILD, END_DATE),
                register(CARER, SECOND_CHILD, END_DATE),
                register(OFFICER, THIRD_CHILD, END_DATE));
        var matches = matchIds();
        assertThat(matches).isNotEmpty();
        clock.setDate(END_DATE.plusDays(1));
        var start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<JobRun> runs;
        try {
            var first = CompletableFuture.supplyAsync(() -> runAfter(start), threads);
            var second = CompletableFuture.supplyAsync(() -> runAfter(start), threads);
            runs = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }

        assertThat(runs.get(0).ended() + runs.get(1).ended()).isEqualTo(signals.size());
        assertThat(runs.get(0).failed()).isZero();
        assertThat(runs.get(1).failed()).isZero();
        for (var signal : signals) {
            assertThat(signalRow(signal)).isEqualTo(new SignalRow("archived", END_DATE, END_DATE, "end-date"));
        }
        assertThat(matchRows()).allSatisfy(match -> assertThat(match.endedOn()).isEqualTo(END_DATE));
        assertThat(matchRows()).hasSize(matches.size());
    }

    @Test
    void heldLockSkipsScheduledRun() {
        var signal = register(TEACHER, CHILD, END_DATE);
        clock.setDate(END_DATE.plusDays(1));
        var otherNode = lockProvider
                .lock(new LockConfiguration(Instant.now(), SignalExpiryJob.NAME, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            schedule.expireSignals();

            assertThat(signalRow(signal).status()).isEqualTo("active");
        } finally {
            otherNode.unlock();
        }

        schedule.expireSignals();

        assertThat(signalRow(signal).status()).isEqualTo("archived");
    }

    @Test
    void runRecordsOneAuditEntry() {
        register(TEACHER, CHILD, END_DATE);
        clock.setDate(END_DATE.plusDays(1));
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        var run = job.run();

        assertThat(chain.after(before)).containsExactly(jobEntry(before + 1, run.id(), "success"));
    }

    @Test
    void failingSignalLeavesOthersArchived() throws Exception {
        var failing = register(TEACHER, CHILD, END_DATE);
        var other = register(CARER, SECOND_CHILD, END_DATE);
        clock.setDate(END_DATE.plusDays(1));
        var chain = new AuditChain(jdbc, context);
        // A trigger, created as the owner, makes archiving the first signal fail as a database error would.
        chain.asOwner(List.of(
                """
                create function test_reject_archiving() returns trigger language plpgsql as $$
                begin
                    raise exception 'archiving rejected by test';
                end $$""",
                "create trigger test_reject_archiving before update on signals for each row when (new.id = '" + failing
                        + "') execute function test_reject_archiving()"));
        JobRun run;
        long before = chain.lastSequence();
        try {
            run = job.run();
        } finally {
            chain.asOwner(
                    List.of("drop trigger test_reject_archiving on signals", "drop function test_reject_archiving()"));
        }

        assertThat(run.candidates()).isEqualTo(2);
        assertThat(run.ended()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(signalRow(failing)).isEqualTo(new SignalRow("active", END_DATE, null, null));
        assertThat(signalRow(other)).isEqualTo(new SignalRow("archived", END_DATE, END_DATE, "end-date"));
        assertThat(chain.after(before)).containsExactly(jobEntry(before + 1, run.id(), "failed"));
    }

    private JobRun runAfter(CyclicBarrier start) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other job run did not start", e);
        }
        return job.run();
    }

    private AuditChain.Row jobEntry(long sequence, UUID run, String outcome) {
        return new AuditChain.Row(
                sequence,
                Instant.parse("2026-12-11T11:00:00Z"),
                "write",
                outcome,
                "system",
                "expire-signals",
                null,
                null,
                null,
                null,
                null,
                "job-run",
                run.toString(),
                null,
                null,
                "expire-signals");
    }

    private UUID register(Person professional, String bsn, @Nullable LocalDate endDate) {
        var body = new HashMap<String, String>();
        body.put("bsn", bsn);
        body.put("professionalId", professional.id().toString());
        if (endDate != null) {
            body.put("endDate", endDate.toString());
        }
        var response = api.post(professional.organisation().apiToken(), "/api/v1/signals", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return UUID.fromString(response.body().path("id").asString());
    }

    private SignalRow signalRow(UUID signal) {
        return jdbc.sql("select status, end_date, ended_on, end_reason from signals where id = ?")
                .param(signal)
                .query((rs, row) -> new SignalRow(
                        rs.getString("status"),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getString("end_reason")))
                .single();
    }

    private List<UUID> matchIds() {
        return jdbc.sql("select id from matches order by since, id")
                .query(UUID.class)
                .list();
    }

    private List<MatchRow> matchRows() {
        return jdbc.sql("select id, type, since, ended_on from matches order by since, id")
                .query((rs, row) -> new MatchRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("type"),
                        rs.getObject("since", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
    }

    private boolean candidateActive(UUID signal) {
        return jdbc.sql("select active from match_candidates where signal_id = ?")
                .param(signal)
                .query(Boolean.class)
                .single();
    }

    private List<UUID> members(UUID match) {
        return jdbc.sql("select signal_id from match_members where match_id = ?")
                .param(match)
                .query(UUID.class)
                .list();
    }

    /** Returns the rows the job may change, in a form whose equality compares values. */
    private Map<String, List<Map<String, Object>>> snapshot() {
        return Map.of(
                "signals",
                jdbc.sql("select id, status, end_date, ended_on, end_reason from signals order by id")
                        .query()
                        .listOfRows(),
                "matches",
                jdbc.sql("select id, type, since, ended_on from matches order by id")
                        .query()
                        .listOfRows(),
                "match_candidates",
                jdbc.sql("select signal_id, active from match_candidates order by signal_id")
                        .query()
                        .listOfRows(),
                "match_members",
                jdbc.sql("select match_id, signal_id, joined_on from match_members order by match_id, signal_id")
                        .query()
                        .listOfRows());
    }

    private record SignalRow(
            String status,
            LocalDate endDate,
            @Nullable LocalDate endedOn,
            @Nullable String endReason) {}

    private record MatchRow(
            UUID id, String type, LocalDate since, @Nullable LocalDate endedOn) {}
}
