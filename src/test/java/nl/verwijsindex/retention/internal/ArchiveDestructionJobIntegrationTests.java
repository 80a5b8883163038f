package nl.verwijsindex.retention.internal;

import static nl.verwijsindex.retention.internal.RetentionFixtures.entriesAfter;
import static nl.verwijsindex.retention.internal.RetentionFixtures.jobEntry;
import static nl.verwijsindex.retention.internal.RetentionFixtures.signalEntry;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.retention.internal.RetentionFixtures.MatchRow;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The job that destroys archived signals five years after they ended, on the day before, the day
 * of and the day after that boundary, including a signal that ended on a leap day.
 */
class ArchiveDestructionJobIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01. */
    private static final String CHILD = "999970033";

    private static final LocalDate ENDED_ON = LocalDate.of(2021, 12, 4);
    private static final LocalDate DESTROYED_ON = LocalDate.of(2026, 12, 4);

    private static final LocalDate LEAP_DAY = LocalDate.of(2020, 2, 29);
    private static final LocalDate LEAP_DAY_DESTROYED_ON = LocalDate.of(2025, 2, 28);

    @Autowired
    ArchiveDestructionJob job;

    @Autowired
    EndingSchedule schedule;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    Pseudonymisation pseudonymisation;

    @Autowired
    ApplicationContext context;

    RetentionFixtures fixtures;
    AuditChain chain;

    @BeforeEach
    void createFixtures() {
        fixtures = new RetentionFixtures(port, jdbc, pseudonymisation);
        chain = new AuditChain(jdbc, context);
    }

    @Test
    void dayBeforeFiveYearsKeepsSignal() {
        var signal = archivedOn(TEACHER, ENDED_ON);
        clock.setDate(DESTROYED_ON.minusDays(1));

        var run = job.run();

        assertThat(run.candidates()).isZero();
        assertThat(run.ended()).isZero();
        assertThat(fixtures.exists(signal)).isTrue();
    }

    @Test
    void fiveYearsAfterEndingDestroysSignal() {
        var signal = archivedOn(TEACHER, ENDED_ON);
        var endedDayLater = archivedOn(NURSE, ENDED_ON.plusDays(1));
        clock.setDate(DESTROYED_ON);

        var run = job.run();

        assertThat(run.candidates()).isEqualTo(1);
        assertThat(run.ended()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        assertThat(fixtures.exists(signal)).isFalse();
        assertThat(fixtures.exists(endedDayLater)).isTrue();
    }

    @Test
    void dayAfterFiveYearsDestroysSignal() {
        var signal = archivedOn(TEACHER, ENDED_ON);
        clock.setDate(DESTROYED_ON.plusDays(1));

        var run = job.run();

        assertThat(run.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void leapDayEndingIsDestroyedOn28February() {
        var signal = archivedOn(TEACHER, LEAP_DAY);
        clock.setDate(LEAP_DAY_DESTROYED_ON.minusDays(1));

        var dayBefore = job.run();

        assertThat(dayBefore.candidates()).isZero();
        assertThat(fixtures.exists(signal)).isTrue();

        clock.setDate(LEAP_DAY_DESTROYED_ON);
        var dayOf = job.run();

        assertThat(dayOf.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void dayAfterLeapDayBoundaryDestroysSignal() {
        var signal = archivedOn(TEACHER, LEAP_DAY);
        clock.setDate(LEAP_DAY_DESTROYED_ON.plusDays(1));

        var run = job.run();

        assertThat(run.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void activeSignalsOfChildStay() {
        clock.setDate(ENDED_ON);
        var teacher = fixtures.register(TEACHER, CHILD);
        var nurse = fixtures.register(NURSE, CHILD);
        var carer = fixtures.register(CARER, CHILD);
        fixtures.archive(TEACHER, teacher);
        var match = fixtures.matches().get(0);
        clock.setDate(DESTROYED_ON);

        job.run();

        assertThat(fixtures.exists(teacher)).isFalse();
        assertThat(fixtures.exists(nurse)).isTrue();
        assertThat(fixtures.exists(carer)).isTrue();
        assertThat(fixtures.matches()).containsExactly(new MatchRow(match.id(), "child", ENDED_ON, null));
        assertThat(fixtures.members(match.id())).containsExactlyInAnyOrder(nurse, carer);
        assertThat(candidateCount(teacher)).isZero();
    }

    @Test
    void endedMatchGoesWithItsLastSignal() {
        clock.setDate(ENDED_ON);
        var teacher = fixtures.register(TEACHER, CHILD);
        var nurse = fixtures.register(NURSE, CHILD);
        var match = fixtures.matches().get(0);
        fixtures.archive(TEACHER, teacher);
        clock.setDate(ENDED_ON.plusDays(1));
        fixtures.archive(NURSE, nurse);
        assertThat(fixtures.matches()).containsExactly(new MatchRow(match.id(), "child", ENDED_ON, ENDED_ON));

        clock.setDate(DESTROYED_ON);
        job.run();

        assertThat(fixtures.exists(teacher)).isFalse();
        assertThat(fixtures.exists(nurse)).isTrue();
        assertThat(fixtures.matches()).containsExactly(new MatchRow(match.id(), "child", ENDED_ON, ENDED_ON));
        assertThat(fixtures.members(match.id())).containsExactly(nurse);
        assertThat(rowsOfMatch("match_introductions", match.id())).isEqualTo(2);
        assertThat(rowsOfMatch("match_coordination", match.id())).isEqualTo(1);
        assertThat(rowsOfMatch("notification_messages", match.id())).isEqualTo(2);

        clock.setDate(DESTROYED_ON.plusDays(1));
        job.run();

        assertThat(fixtures.exists(nurse)).isFalse();
        assertThat(fixtures.matches()).isEmpty();
        assertThat(rowsOfMatch("match_introductions", match.id())).isZero();
        assertThat(rowsOfMatch("match_coordination", match.id())).isZero();
        assertThat(rowsOfMatch("notification_messages", match.id())).isZero();
    }

    @Test
    void runRecordsSignalEntryAndJobEntry() {
        var signal = archivedOn(TEACHER, ENDED_ON);
        var child = fixtures.pseudonym(CHILD);
        clock.setDate(DESTROYED_ON);
        long before = chain.lastSequence();

        var run = job.run();

        var at = clock.instant();
        assertThat(entriesAfter(chain, before))
                .containsExactly(
                        signalEntry(
                                before + 1, at, "destroy-archived-signals", "destroy-archived-signal", signal, child),
                        jobEntry(before + 2, at, "destroy-archived-signals", run.id(), "success"));
    }

    @Test
    void secondRunDestroysNothingMore() {
        archivedOn(TEACHER, ENDED_ON);
        var endedDayLater = archivedOn(NURSE, ENDED_ON.plusDays(1));
        clock.setDate(DESTROYED_ON);
        job.run();
        long before = chain.lastSequence();

        var second = job.run();

        assertThat(second.candidates()).isZero();
        assertThat(second.ended()).isZero();
        assertThat(second.failed()).isZero();
        assertThat(fixtures.exists(endedDayLater)).isTrue();
        assertThat(entriesAfter(chain, before))
                .containsExactly(
                        jobEntry(before + 1, clock.instant(), "destroy-archived-signals", second.id(), "success"));
    }

    @Test
    void heldLockSkipsScheduledRun() {
        var signal = archivedOn(TEACHER, ENDED_ON);
        clock.setDate(DESTROYED_ON);
        var otherNode = lockProvider
                .lock(new LockConfiguration(
                        Instant.now(), ArchiveDestructionJob.NAME, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            schedule.destroyArchivedSignals();

            assertThat(fixtures.exists(signal)).isTrue();
        } finally {
            otherNode.unlock();
        }

        schedule.destroyArchivedSignals();

        assertThat(fixtures.exists(signal)).isFalse();
    }

    /** Registers the child in the professional's name and archives the signal on the same day. */
    private UUID archivedOn(Person professional, LocalDate day) {
        clock.setDate(day);
        var signal = fixtures.register(professional, CHILD);
        fixtures.archive(professional, signal);
        return signal;
    }

    private long rowsOfMatch(String table, UUID match) {
        return jdbc.sql("select count(*) from " + table + " where match_id = ?")
                .param(match)
                .query(Long.class)
                .single();
    }

    private long candidateCount(UUID signal) {
        return jdbc.sql("select count(*) from match_candidates where signal_id = ?")
                .param(signal)
                .query(Long.class)
                .single();
    }
}
