package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.internal.CoordinationRejectedException.Reason;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchCoordination.Summary;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion.Person;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every coordination step from every starting state, as a table. The match is a child match of
 * TEACHER (a signal-only school), NURSE and CARER; HEADTEACHER is not in it. Each row starts from
 * a state reached through the service itself, takes one step, and checks the exact state after it:
 * the new state for an allowed step, the unchanged state and the reason for a rejected one.
 */
class CoordinationStepsIntegrationTests extends IntegrationTest {

    @Autowired
    CoordinationService coordination;

    UUID match;

    @BeforeEach
    void matchOfThree() {
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(SCHOOL.id())
                .update();
        var matches = new Matches(port);
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        match = matches.onlyMatchOf(CARER);
    }

    /** A starting state, reached by steps of the members. */
    enum Start {
        NEW,
        NURSE_PROPOSED,
        IN_CONTACT,
        IN_CONTACT_NURSE_PROPOSED,
        CARER_COORDINATES,
        CARER_COORDINATES_NURSE_PROPOSED
    }

    /** One step of a member. */
    enum Step {
        PROPOSE_NURSE,
        PROPOSE_CARER,
        PROPOSE_TEACHER,
        PROPOSE_HEADTEACHER,
        ACCEPT,
        DECLINE,
        RECORD_CONTACT
    }

    /**
     * A row of the table.
     *
     * @param rejection the reason the step is rejected, or null when it is allowed
     * @param status the status after the step
     * @param proposed who is proposed after the step
     * @param coordinator who coordinates after the step
     */
    record Row(
            Start start,
            Person actor,
            Step step,
            @Nullable Reason rejection,
            CoordinationStatus status,
            @Nullable Person proposed,
            @Nullable Person coordinator) {

        @Override
        public String toString() {
            return start + ": " + actor.name() + " " + step
                    + (rejection == null ? "" : " rejected " + rejection.code());
        }
    }

    static Stream<Row> rows() {
        var New = CoordinationStatus.NEW;
        var inContact = CoordinationStatus.IN_CONTACT;
        var coordinated = CoordinationStatus.COORDINATED;
        return Stream.of(
                // Allowed steps.
                new Row(Start.NEW, CARER, Step.PROPOSE_NURSE, null, New, NURSE, null),
                new Row(Start.NEW, CARER, Step.PROPOSE_CARER, null, New, CARER, null),
                new Row(Start.NEW, TEACHER, Step.PROPOSE_CARER, null, New, CARER, null),
                new Row(Start.NURSE_PROPOSED, CARER, Step.PROPOSE_CARER, null, New, CARER, null),
                new Row(Start.NURSE_PROPOSED, TEACHER, Step.PROPOSE_NURSE, null, New, NURSE, null),
                new Row(Start.NURSE_PROPOSED, NURSE, Step.ACCEPT, null, coordinated, null, NURSE),
                new Row(Start.NURSE_PROPOSED, NURSE, Step.DECLINE, null, New, null, null),
                new Row(Start.NEW, NURSE, Step.RECORD_CONTACT, null, inContact, null, null),
                new Row(Start.NEW, TEACHER, Step.RECORD_CONTACT, null, inContact, null, null),
                new Row(Start.IN_CONTACT, CARER, Step.RECORD_CONTACT, null, inContact, null, null),
                new Row(Start.IN_CONTACT, CARER, Step.PROPOSE_NURSE, null, inContact, NURSE, null),
                new Row(Start.IN_CONTACT_NURSE_PROPOSED, NURSE, Step.ACCEPT, null, coordinated, null, NURSE),
                new Row(Start.IN_CONTACT_NURSE_PROPOSED, NURSE, Step.DECLINE, null, inContact, null, null),
                new Row(Start.CARER_COORDINATES, NURSE, Step.RECORD_CONTACT, null, coordinated, null, CARER),
                new Row(Start.CARER_COORDINATES, NURSE, Step.PROPOSE_NURSE, null, coordinated, NURSE, CARER),
                new Row(Start.CARER_COORDINATES_NURSE_PROPOSED, NURSE, Step.ACCEPT, null, coordinated, null, NURSE),
                new Row(Start.CARER_COORDINATES_NURSE_PROPOSED, NURSE, Step.DECLINE, null, coordinated, null, CARER),
                // Rejected steps leave the state as it was.
                new Row(Start.NEW, CARER, Step.PROPOSE_TEACHER, Reason.SIGNAL_ONLY, New, null, null),
                new Row(Start.NURSE_PROPOSED, TEACHER, Step.PROPOSE_TEACHER, Reason.SIGNAL_ONLY, New, NURSE, null),
                new Row(Start.NEW, CARER, Step.PROPOSE_HEADTEACHER, Reason.NOT_A_MEMBER, New, null, null),
                new Row(
                        Start.CARER_COORDINATES,
                        NURSE,
                        Step.PROPOSE_CARER,
                        Reason.ALREADY_COORDINATOR,
                        coordinated,
                        null,
                        CARER),
                new Row(Start.NEW, NURSE, Step.ACCEPT, Reason.NO_PROPOSAL, New, null, null),
                new Row(Start.NEW, NURSE, Step.DECLINE, Reason.NO_PROPOSAL, New, null, null),
                new Row(Start.CARER_COORDINATES, CARER, Step.ACCEPT, Reason.NO_PROPOSAL, coordinated, null, CARER),
                new Row(Start.NURSE_PROPOSED, CARER, Step.ACCEPT, Reason.PROPOSED_TO_OTHER, New, NURSE, null),
                new Row(Start.NURSE_PROPOSED, CARER, Step.DECLINE, Reason.PROPOSED_TO_OTHER, New, NURSE, null),
                new Row(Start.NURSE_PROPOSED, TEACHER, Step.ACCEPT, Reason.PROPOSED_TO_OTHER, New, NURSE, null),
                new Row(
                        Start.CARER_COORDINATES_NURSE_PROPOSED,
                        CARER,
                        Step.DECLINE,
                        Reason.PROPOSED_TO_OTHER,
                        coordinated,
                        NURSE,
                        CARER),
                new Row(
                        Start.IN_CONTACT,
                        NURSE,
                        Step.RECORD_CONTACT,
                        Reason.CONTACT_ALREADY_RECORDED,
                        inContact,
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void stepFromState(Row row) {
        reach(row.start());

        if (row.rejection() == null) {
            take(row.actor(), row.step());
        } else {
            assertThatThrownBy(() -> take(row.actor(), row.step()))
                    .isInstanceOfSatisfying(
                            CoordinationRejectedException.class,
                            rejected -> assertThat(rejected.reason()).isEqualTo(row.rejection()));
        }

        var after = summary(CARER);
        assertThat(after.status()).as("status").isEqualTo(row.status());
        assertThat(after.proposedCoordinatorId()).as("proposed").isEqualTo(idOf(row.proposed()));
        assertThat(after.coordinatorId()).as("coordinator").isEqualTo(idOf(row.coordinator()));
    }

    @Test
    void acceptRejectedWhenOrganisationBecameSignalOnly() {
        coordination.propose(accountOf(CARER), match, NURSE.id());
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(YOUTH_HEALTH.id())
                .update();

        assertThatThrownBy(() -> coordination.accept(accountOf(NURSE), match))
                .isInstanceOfSatisfying(
                        CoordinationRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(Reason.SIGNAL_ONLY));
        assertThat(summary(CARER).coordinatorId()).isNull();
        assertThat(summary(CARER).proposedCoordinatorId()).isEqualTo(NURSE.id());
    }

    @Test
    void contactIsRecordedPerMemberWithClockDate() {
        clock.setDate(LocalDate.of(2026, 12, 9));
        coordination.recordContact(accountOf(NURSE), match);

        assertThat(summary(NURSE).contactRecordedOn()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(summary(CARER).contactRecordedOn()).isNull();
        assertThat(jdbc.sql("select count(*) from match_contacts where match_id = ?")
                        .param(match)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void proposableMembersExcludeSignalOnlyAndCoordinator() {
        assertThat(summary(TEACHER).proposableProfessionalIds()).containsExactly(NURSE.id(), CARER.id());

        coordination.propose(accountOf(NURSE), match, CARER.id());
        coordination.accept(accountOf(CARER), match);

        assertThat(summary(TEACHER).proposableProfessionalIds()).containsExactly(NURSE.id());
    }

    @Test
    void outsiderGetsNotFoundForEveryStep() {
        var outsider = accountOf(HEADTEACHER);
        coordination.propose(accountOf(CARER), match, NURSE.id());

        assertThatThrownBy(() -> coordination.propose(outsider, match, NURSE.id()))
                .isInstanceOf(MatchNotFoundException.class);
        assertThatThrownBy(() -> coordination.accept(outsider, match)).isInstanceOf(MatchNotFoundException.class);
        assertThatThrownBy(() -> coordination.decline(outsider, match)).isInstanceOf(MatchNotFoundException.class);
        assertThatThrownBy(() -> coordination.recordContact(outsider, match))
                .isInstanceOf(MatchNotFoundException.class);
        assertThat(coordination.summaries(HEADTEACHER.id(), List.of(match))).isEmpty();
        assertThat(summary(CARER).proposedCoordinatorId()).isEqualTo(NURSE.id());
    }

    @Test
    void unknownMatchIsNotFound() {
        var unknown = UUID.randomUUID();

        assertThatThrownBy(() -> coordination.recordContact(accountOf(CARER), unknown))
                .isInstanceOf(MatchNotFoundException.class);
        assertThat(jdbc.sql("select count(*) from match_coordination where match_id = ?")
                        .param(unknown)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void administratorAccountIsDenied() {
        var administrator = new SignedInAccount(
                UUID.randomUUID(), "Beheer", AccountRole.ORGANISATION_ADMINISTRATOR, SCHOOL.name(), null, SCHOOL.id());

        assertThatThrownBy(() -> coordination.recordContact(administrator, match))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void reach(Start start) {
        switch (start) {
            case NEW -> {}
            case NURSE_PROPOSED -> coordination.propose(accountOf(CARER), match, NURSE.id());
            case IN_CONTACT -> coordination.recordContact(accountOf(NURSE), match);
            case IN_CONTACT_NURSE_PROPOSED -> {
                coordination.recordContact(accountOf(NURSE), match);
                coordination.propose(accountOf(CARER), match, NURSE.id());
            }
            case CARER_COORDINATES -> {
                coordination.propose(accountOf(NURSE), match, CARER.id());
                coordination.accept(accountOf(CARER), match);
            }
            case CARER_COORDINATES_NURSE_PROPOSED -> {
                coordination.propose(accountOf(NURSE), match, CARER.id());
                coordination.accept(accountOf(CARER), match);
                coordination.propose(accountOf(CARER), match, NURSE.id());
            }
        }
    }

    private void take(Person actor, Step step) {
        var account = accountOf(actor);
        switch (step) {
            case PROPOSE_NURSE -> coordination.propose(account, match, NURSE.id());
            case PROPOSE_CARER -> coordination.propose(account, match, CARER.id());
            case PROPOSE_TEACHER -> coordination.propose(account, match, TEACHER.id());
            case PROPOSE_HEADTEACHER -> coordination.propose(account, match, HEADTEACHER.id());
            case ACCEPT -> coordination.accept(account, match);
            case DECLINE -> coordination.decline(account, match);
            case RECORD_CONTACT -> coordination.recordContact(account, match);
        }
    }

    private Summary summary(Person viewer) {
        return coordination.summaries(viewer.id(), List.of(match)).get(match);
    }

    private static @Nullable UUID idOf(@Nullable Person person) {
        return person == null ? null : person.id();
    }
}
