package nl.verwijsindex.retention.internal;

import static nl.verwijsindex.retention.internal.RetentionFixtures.entriesAfter;
import static nl.verwijsindex.retention.internal.RetentionFixtures.signalEntry;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.registration.ChildDestruction;
import nl.verwijsindex.registration.DestroyedSignal;
import nl.verwijsindex.registration.DestructionReason;
import nl.verwijsindex.retention.internal.RetentionFixtures.MatchRow;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * {@link ChildDestruction} called directly, as the population re-check calls it after a death and
 * the rights module after an upheld objection.
 */
class ChildDestructionIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01; a full sibling of {@link #SISTER}. */
    private static final String CHILD = "999970033";

    private static final String SISTER = "999970045";

    /** Born 2022-02-02; shares no parent with the two children above. */
    private static final String UNRELATED = "999970100";

    private static final LocalDate ARCHIVED_ON = LocalDate.of(2026, 11, 20);

    @Autowired
    ChildDestruction destruction;

    @Autowired
    Pseudonymisation pseudonymisation;

    @Autowired
    ApplicationContext context;

    RetentionFixtures fixtures;
    AuditChain chain;

    @BeforeEach
    void createFixtures() throws Exception {
        fixtures = new RetentionFixtures(port, jdbc, pseudonymisation);
        chain = new AuditChain(jdbc, context);
        // Signal numbers far above any other bigint in the schema, so that the scan finds only real copies.
        chain.asOwner(List.of("alter table signals alter column number restart with 9000000000000"));
    }

    @Test
    void deathLeavesNoTraceOutsideAuditTrail() throws Exception {
        var family = registerFamily();
        var child = fixtures.pseudonym(CHILD);
        var childMatch = childMatchId();
        jdbc.sql("insert into match_contacts (match_id, professional_id, contacted_on) values (?, ?, ?)")
                .params(childMatch, TEACHER.id(), DEFAULT_TODAY)
                .update();
        jdbc.sql("""
                        insert into border_notices (id, match_id, municipality_code, created_at, next_attempt_at)
                        values (gen_random_uuid(), ?, '0363', now(), now() + interval '1 day')
                        """).param(childMatch).update();
        var matchIds = fixtures.matches().stream()
                .filter(match -> !match.id().equals(family.unrelatedMatch()))
                .map(MatchRow::id)
                .toList();
        var ids = new ArrayList<UUID>(family.childSignals());
        ids.addAll(matchIds);
        var numbers = family.childSignals().stream().map(fixtures::number).toList();
        var scan = new SchemaScan(context);
        var before = scan.columnsHolding(child.value(), ids, numbers);

        destruction.destroyEverything(child, DestructionReason.DEATH);

        assertThat(scan.scannedColumnCount()).isGreaterThan(20);
        assertThat(before)
                .contains(
                        "signals.id",
                        "signals.number",
                        "signals.child_pseudonym",
                        "match_candidates.signal_id",
                        "match_candidates.child_pseudonym",
                        "matches.id",
                        "matches.child_pseudonym",
                        "match_members.match_id",
                        "match_members.signal_id",
                        "match_introductions.match_id",
                        "match_coordination.match_id",
                        "match_contacts.match_id",
                        "overseen_matches.match_id",
                        "overseen_match_municipalities.match_id",
                        "border_notices.match_id",
                        "notification_messages.match_id",
                        "notification_messages.recipient_signal_id",
                        "notification_messages.other_signal_ids",
                        "audit_entries.child_pseudonym");
        assertThat(scan.columnsHolding(child.value(), ids, numbers))
                .allMatch(column -> column.startsWith("audit_entries."));
    }

    @Test
    void deathKeepsOtherChildrenSignalsAndMatches() {
        var family = registerFamily();
        var unrelatedMatch = fixtures.matches().stream()
                .filter(match -> match.id().equals(family.unrelatedMatch()))
                .toList();

        destruction.destroyEverything(fixtures.pseudonym(CHILD), DestructionReason.DEATH);

        assertThat(fixtures.exists(family.sisterSignal())).isTrue();
        assertThat(fixtures.matches()).isEqualTo(unrelatedMatch);
        assertThat(fixtures.members(family.unrelatedMatch())).hasSize(2);
        for (var signal : family.childSignals()) {
            assertThat(fixtures.exists(signal)).as("signal %s", signal).isFalse();
        }
    }

    @Test
    void deathReturnsSignalsAsTheyWere() {
        var family = registerFamily();
        var numbers = family.childSignals().stream().map(fixtures::number).toList();

        var destroyed = destruction.destroyEverything(fixtures.pseudonym(CHILD), DestructionReason.DEATH);

        assertThat(destroyed)
                .containsExactly(
                        new DestroyedSignal(
                                family.childSignals().get(0),
                                numbers.get(0),
                                OFFICER.id(),
                                OFFICER.organisation().id(),
                                null,
                                ARCHIVED_ON,
                                ARCHIVED_ON),
                        new DestroyedSignal(
                                family.childSignals().get(1),
                                numbers.get(1),
                                TEACHER.id(),
                                TEACHER.organisation().id(),
                                null,
                                DEFAULT_TODAY,
                                null),
                        new DestroyedSignal(
                                family.childSignals().get(2),
                                numbers.get(2),
                                NURSE.id(),
                                NURSE.organisation().id(),
                                null,
                                DEFAULT_TODAY,
                                null));
    }

    @Test
    void deathRecordsOneEntryPerSignal() {
        var family = registerFamily();
        var child = fixtures.pseudonym(CHILD);
        awaitQueuedEmails();
        long before = chain.lastSequence();

        destruction.destroyEverything(child, DestructionReason.DEATH);

        var at = clock.instant();
        assertThat(entriesAfter(chain, before))
                .containsExactly(
                        signalEntry(
                                before + 1,
                                at,
                                "child-destruction",
                                "destroy-death",
                                family.childSignals().get(0),
                                child),
                        signalEntry(
                                before + 2,
                                at,
                                "child-destruction",
                                "destroy-death",
                                family.childSignals().get(1),
                                child),
                        signalEntry(
                                before + 3,
                                at,
                                "child-destruction",
                                "destroy-death",
                                family.childSignals().get(2),
                                child));
    }

    @Test
    void secondDestructionDestroysNothing() {
        registerFamily();
        var child = fixtures.pseudonym(CHILD);
        destruction.destroyEverything(child, DestructionReason.DEATH);
        var matches = fixtures.matches();
        long before = chain.lastSequence();

        var second = destruction.destroyEverything(child, DestructionReason.DEATH);

        assertThat(second).isEmpty();
        assertThat(fixtures.matches()).isEqualTo(matches);
        assertThat(entriesAfter(chain, before)).isEmpty();
    }

    @Test
    void objectionDestroysChildMatchAndEndsFamilyMatch() {
        var family = registerFamily();
        var child = fixtures.pseudonym(CHILD);
        var childMatch = childMatchId();
        var matchesBefore = fixtures.matches();
        clock.setDate(DEFAULT_TODAY.plusDays(1));

        var destroyed = destruction.destroySignals(child, DestructionReason.OBJECTION_UPHELD);

        assertThat(destroyed).extracting(DestroyedSignal::id).containsExactlyElementsOf(family.childSignals());
        var ended = DEFAULT_TODAY.plusDays(1);
        assertThat(fixtures.matches())
                .containsExactlyInAnyOrderElementsOf(matchesBefore.stream()
                        .filter(match -> !match.id().equals(childMatch))
                        .map(match -> match.id().equals(family.unrelatedMatch())
                                ? match
                                : new MatchRow(match.id(), match.type(), match.since(), ended))
                        .toList());
        assertThat(fixtures.members(childMatch)).isEmpty();
        assertThat(fixtures.exists(family.sisterSignal())).isTrue();
    }

    @Test
    void objectionRecordsEntriesWithItsPurpose() {
        var family = registerFamily();
        var child = fixtures.pseudonym(CHILD);
        awaitQueuedEmails();
        long before = chain.lastSequence();

        destruction.destroySignals(child, DestructionReason.OBJECTION_UPHELD);

        var at = clock.instant();
        var expected = new ArrayList<AuditChain.Row>();
        for (int i = 0; i < 3; i++) {
            expected.add(signalEntry(
                    before + 1 + i,
                    at,
                    "child-destruction",
                    "destroy-objection-upheld",
                    family.childSignals().get(i),
                    child));
        }
        assertThat(entriesAfter(chain, before)).containsExactlyElementsOf(expected);
    }

    /**
     * Registers the child with an archived signal of the officer and active signals of the teacher and
     * the nurse, which make a child match. The sister gets the carer's signal, which makes a family
     * match with the child, and an unrelated child gets two signals, whose match must stay.
     */
    private Family registerFamily() {
        clock.setDate(ARCHIVED_ON);
        var archived = fixtures.register(OFFICER, CHILD);
        fixtures.archive(OFFICER, archived);
        clock.setDate(DEFAULT_TODAY);
        var teacher = fixtures.register(TEACHER, CHILD);
        var nurse = fixtures.register(NURSE, CHILD);
        var sister = fixtures.register(CARER, SISTER);
        fixtures.register(YOUTH_DOCTOR, UNRELATED);
        fixtures.register(COACH, UNRELATED);
        var unrelatedMatch = jdbc.sql("select id from matches where child_pseudonym = ?")
                .param(fixtures.pseudonym(UNRELATED).value())
                .query(UUID.class)
                .single();
        return new Family(List.of(archived, teacher, nurse), sister, unrelatedMatch);
    }

    private UUID childMatchId() {
        return jdbc.sql("select id from matches where type = 'child' and child_pseudonym = ?")
                .param(fixtures.pseudonym(CHILD).value())
                .query(UUID.class)
                .single();
    }

    /** The child's signals in registration order, the sister's signal and the unrelated children's match. */
    private record Family(List<UUID> childSignals, UUID sisterSignal, UUID unrelatedMatch) {}
}
