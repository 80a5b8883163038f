package nl.verwijsindex.retention.internal;

import static nl.verwijsindex.retention.internal.RetentionFixtures.entriesAfter;
import static nl.verwijsindex.retention.internal.RetentionFixtures.jobEntry;
import static nl.verwijsindex.retention.internal.RetentionFixtures.signalEntry;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The job that destroys every trace of children on their earliest possible 23rd birthday, on the
 * day before, the day of and the day after it, for a full, a year-and-month and a year-only birth date.
 */
class TwentyThirdBirthdayJobIntegrationTests extends IntegrationTest {

    /** Born 2008-02-29, so 23 on 2031-02-28, because 2031 is a common year. */
    private static final String LEAP_DAY_CHILD = "900194042";

    private static final LocalDate LEAP_DAY_CHILD_TURNS_23 = LocalDate.of(2031, 2, 28);

    /** Born in June 1978, day unknown, so 23 on 2001-06-01 at the earliest. */
    private static final String YEAR_AND_MONTH_CHILD = "999970598";

    private static final LocalDate YEAR_AND_MONTH_CHILD_TURNS_23 = LocalDate.of(2001, 6, 1);

    /** Born in 1999, month and day unknown, so 23 on 2022-01-01 at the earliest. */
    private static final String YEAR_ONLY_CHILD = "999990482";

    private static final LocalDate YEAR_ONLY_CHILD_TURNS_23 = LocalDate.of(2022, 1, 1);

    /** Passes the 11-test, but the population register has no such person. */
    private static final String UNKNOWN_PERSON = "123456782";

    @Autowired
    TwentyThirdBirthdayJob job;

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
    void registrationStoresLeapDayBirthday() {
        var signal = fixtures.register(TEACHER, LEAP_DAY_CHILD);

        assertThat(fixtures.earliest23rdBirthday(signal)).contains(LEAP_DAY_CHILD_TURNS_23);
    }

    @Test
    void dayBeforeLeapDayBirthdayKeepsSignal() {
        var signal = fixtures.register(TEACHER, LEAP_DAY_CHILD);
        clock.setDate(LEAP_DAY_CHILD_TURNS_23.minusDays(1));

        var run = job.run();

        assertThat(run.candidates()).isZero();
        assertThat(run.ended()).isZero();
        assertThat(fixtures.exists(signal)).isTrue();
    }

    @Test
    void leapDayBirthdayDestroysSignal() {
        var signal = fixtures.register(TEACHER, LEAP_DAY_CHILD);
        clock.setDate(LEAP_DAY_CHILD_TURNS_23);

        var run = job.run();

        assertThat(run.candidates()).isEqualTo(1);
        assertThat(run.ended()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void dayAfterLeapDayBirthdayDestroysSignal() {
        var signal = fixtures.register(TEACHER, LEAP_DAY_CHILD);
        clock.setDate(LEAP_DAY_CHILD_TURNS_23.plusDays(1));

        var run = job.run();

        assertThat(run.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void yearAndMonthCountFromFirstOfMonth() {
        clock.setDate(LocalDate.of(2001, 1, 15));
        var signal = fixtures.register(TEACHER, YEAR_AND_MONTH_CHILD);
        assertThat(fixtures.earliest23rdBirthday(signal)).contains(YEAR_AND_MONTH_CHILD_TURNS_23);
        clock.setDate(YEAR_AND_MONTH_CHILD_TURNS_23.minusDays(1));

        var dayBefore = job.run();

        assertThat(dayBefore.candidates()).isZero();
        assertThat(fixtures.exists(signal)).isTrue();

        clock.setDate(YEAR_AND_MONTH_CHILD_TURNS_23);
        var dayOf = job.run();

        assertThat(dayOf.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void dayAfterYearAndMonthBirthdayDestroysSignal() {
        clock.setDate(LocalDate.of(2001, 1, 15));
        var signal = fixtures.register(TEACHER, YEAR_AND_MONTH_CHILD);
        clock.setDate(YEAR_AND_MONTH_CHILD_TURNS_23.plusDays(1));

        var run = job.run();

        assertThat(run.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void yearOnlyCountsFromFirstOfJanuary() {
        clock.setDate(LocalDate.of(2021, 6, 1));
        var signal = fixtures.register(TEACHER, YEAR_ONLY_CHILD);
        assertThat(fixtures.earliest23rdBirthday(signal)).contains(YEAR_ONLY_CHILD_TURNS_23);
        clock.setDate(YEAR_ONLY_CHILD_TURNS_23.minusDays(1));

        var dayBefore = job.run();

        assertThat(dayBefore.candidates()).isZero();
        assertThat(fixtures.exists(signal)).isTrue();

        clock.setDate(YEAR_ONLY_CHILD_TURNS_23);
        var dayOf = job.run();

        assertThat(dayOf.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void dayAfterYearOnlyBirthdayDestroysSignal() {
        clock.setDate(LocalDate.of(2021, 6, 1));
        var signal = fixtures.register(TEACHER, YEAR_ONLY_CHILD);
        clock.setDate(YEAR_ONLY_CHILD_TURNS_23.plusDays(1));

        var run = job.run();

        assertThat(run.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void archivedSignalIsDestroyedToo() {
        var signal = fixtures.register(TEACHER, LEAP_DAY_CHILD);
        fixtures.archive(TEACHER, signal);
        clock.setDate(LEAP_DAY_CHILD_TURNS_23);

        var run = job.run();

        assertThat(run.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void matchOfChildIsDeleted() {
        fixtures.register(TEACHER, LEAP_DAY_CHILD);
        fixtures.register(NURSE, LEAP_DAY_CHILD);
        assertThat(fixtures.matches()).hasSize(1);
        clock.setDate(LEAP_DAY_CHILD_TURNS_23);

        job.run();

        assertThat(fixtures.matches()).isEmpty();
    }

    @Test
    void runRecordsSignalEntriesAndJobEntry() {
        var teacher = fixtures.register(TEACHER, LEAP_DAY_CHILD);
        var nurse = fixtures.register(NURSE, LEAP_DAY_CHILD);
        var child = fixtures.pseudonym(LEAP_DAY_CHILD);
        awaitQueuedEmails();
        clock.setDate(LEAP_DAY_CHILD_TURNS_23);
        long before = chain.lastSequence();

        var run = job.run();

        var at = clock.instant();
        assertThat(entriesAfter(chain, before))
                .containsExactly(
                        signalEntry(before + 1, at, "child-destruction", "destroy-23rd-birthday", teacher, child),
                        signalEntry(before + 2, at, "child-destruction", "destroy-23rd-birthday", nurse, child),
                        jobEntry(before + 3, at, "destroy-at-23rd-birthday", run.id(), "success"));
    }

    @Test
    void secondRunDestroysNothingMore() {
        var signal = fixtures.register(TEACHER, LEAP_DAY_CHILD);
        var other = fixtures.register(NURSE, "999970033");
        clock.setDate(LEAP_DAY_CHILD_TURNS_23);
        job.run();
        long before = chain.lastSequence();

        var second = job.run();

        assertThat(second.candidates()).isZero();
        assertThat(second.ended()).isZero();
        assertThat(second.failed()).isZero();
        assertThat(fixtures.exists(signal)).isFalse();
        assertThat(fixtures.exists(other)).isTrue();
        assertThat(entriesAfter(chain, before))
                .containsExactly(
                        jobEntry(before + 1, clock.instant(), "destroy-at-23rd-birthday", second.id(), "success"));
    }

    @Test
    void missingBirthdayIsFilledFromRegister() {
        var signal = fixtures.register(TEACHER, LEAP_DAY_CHILD);
        jdbc.sql("update signals set earliest_23rd_birthday = null where id = ?")
                .param(signal)
                .update();
        clock.setDate(LEAP_DAY_CHILD_TURNS_23.minusDays(1));

        var dayBefore = job.run();

        assertThat(dayBefore.candidates()).isZero();
        assertThat(fixtures.earliest23rdBirthday(signal)).contains(LEAP_DAY_CHILD_TURNS_23);

        jdbc.sql("update signals set earliest_23rd_birthday = null where id = ?")
                .param(signal)
                .update();
        clock.setDate(LEAP_DAY_CHILD_TURNS_23);
        var dayOf = job.run();

        assertThat(dayOf.ended()).isEqualTo(1);
        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void signalWithoutKnownBirthdayIsKept() {
        var signal = insertSignalOfUnknownPerson();
        clock.setDate(LocalDate.of(2060, 1, 1));

        var run = job.run();

        assertThat(run.candidates()).isZero();
        assertThat(fixtures.exists(signal)).isTrue();
        assertThat(fixtures.earliest23rdBirthday(signal)).isEqualTo(Optional.empty());
    }

    @Test
    void heldLockSkipsScheduledRun() {
        var signal = fixtures.register(TEACHER, LEAP_DAY_CHILD);
        clock.setDate(LEAP_DAY_CHILD_TURNS_23);
        var otherNode = lockProvider
                .lock(new LockConfiguration(
                        Instant.now(), TwentyThirdBirthdayJob.NAME, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            schedule.destroyChildrenTurned23();

            assertThat(fixtures.exists(signal)).isTrue();
        } finally {
            otherNode.unlock();
        }

        schedule.destroyChildrenTurned23();

        assertThat(fixtures.exists(signal)).isFalse();
    }

    @Test
    void failingChildLeavesOthersDestroyed() throws Exception {
        clock.setDate(LocalDate.of(2021, 6, 1));
        var yearOnly = fixtures.register(TEACHER, YEAR_ONLY_CHILD);
        clock.setDate(DEFAULT_TODAY);
        var failing = fixtures.register(NURSE, LEAP_DAY_CHILD);
        clock.setDate(LEAP_DAY_CHILD_TURNS_23);
        // A trigger, created as the owner, makes deleting one signal fail as a database error would.
        chain.asOwner(List.of(
                """
                create function test_reject_destruction() returns trigger language plpgsql as $$
                begin
                    raise exception 'destruction rejected by test';
                end $$""",
                "create trigger test_reject_destruction before delete on signals for each row when (old.id = '"
                        + failing + "') execute function test_reject_destruction()"));
        long before = chain.lastSequence();
        JobRun run;
        try {
            run = job.run();
        } finally {
            chain.asOwner(List.of(
                    "drop trigger test_reject_destruction on signals", "drop function test_reject_destruction()"));
        }

        assertThat(run.candidates()).isEqualTo(2);
        assertThat(run.ended()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(fixtures.exists(yearOnly)).isFalse();
        assertThat(fixtures.exists(failing)).isTrue();
        var at = clock.instant();
        assertThat(entriesAfter(chain, before))
                .containsExactly(
                        signalEntry(
                                before + 1,
                                at,
                                "child-destruction",
                                "destroy-23rd-birthday",
                                yearOnly,
                                fixtures.pseudonym(YEAR_ONLY_CHILD)),
                        jobEntry(before + 2, at, "destroy-at-23rd-birthday", run.id(), "failed"));
    }

    /** Stores a signal as one stored before the birthday column existed, on a BSN the register does not know. */
    private UUID insertSignalOfUnknownPerson() {
        var id = UUID.randomUUID();
        var bsn = Bsn.of(UNKNOWN_PERSON);
        var encrypted = pseudonymisation.encrypt(bsn);
        var pseudonym = pseudonymisation.pseudonymise(bsn);
        jdbc.sql("""
                        insert into signals (id, child_pseudonym, parent_pseudonyms, pseudonym_key_version,
                               bsn_ciphertext, encryption_key_version, professional_id, organisation_id,
                               registered_on, end_date, status, created_at)
                        values (?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, 'active', ?)
                        """)
                .params(
                        id,
                        pseudonym.value(),
                        pseudonym.keyVersion(),
                        encrypted.ciphertext(),
                        encrypted.keyVersion(),
                        TEACHER.id(),
                        TEACHER.organisation().id(),
                        DEFAULT_TODAY,
                        DEFAULT_TODAY.plusYears(1),
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }
}
