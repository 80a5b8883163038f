package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.SISTER;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchCoordination.Summary;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coordination after a member's last signal in a match ends while the match goes on with two or
 * more professionals. The member's proposal, role as coordinator and recorded contact are cleared.
 * The status then follows from what the remaining members recorded.
 */
class MemberDepartureIntegrationTests extends IntegrationTest {

    @Autowired
    CoordinationService coordination;

    Matches matches;
    UUID teacherSignal;
    UUID nurseSignal;
    UUID carerSignal;
    UUID match;

    @BeforeEach
    void matchOfThree() {
        matches = new Matches(port);
        teacherSignal = matches.register(TEACHER, CHILD);
        nurseSignal = matches.register(NURSE, CHILD);
        carerSignal = matches.register(CARER, CHILD);
        match = matches.onlyMatchOf(CARER);
    }

    @Test
    void coordinatorLeavingWithoutContact() {
        coordination.propose(accountOf(TEACHER), match, CARER.id());
        coordination.accept(accountOf(CARER), match);

        matches.end(CARER, carerSignal, "risk-gone");

        var after = summary(NURSE);
        assertThat(after.status()).isEqualTo(CoordinationStatus.NEW);
        assertThat(after.coordinatorId()).isNull();
        assertThat(after.proposedCoordinatorId()).isNull();
    }

    @Test
    void coordinatorLeavingAfterContact() {
        coordination.recordContact(accountOf(NURSE), match);
        coordination.propose(accountOf(TEACHER), match, CARER.id());
        coordination.accept(accountOf(CARER), match);

        matches.end(CARER, carerSignal, "risk-gone");

        var after = summary(NURSE);
        assertThat(after.status()).isEqualTo(CoordinationStatus.IN_CONTACT);
        assertThat(after.coordinatorId()).isNull();
        assertThat(after.contactRecordedOn()).isEqualTo(DEFAULT_TODAY);
    }

    @Test
    void destroyedSignalOfCoordinatorClearsCoordinator() {
        coordination.propose(accountOf(TEACHER), match, CARER.id());
        coordination.accept(accountOf(CARER), match);

        matches.end(CARER, carerSignal, "unjustified");

        assertThat(summary(NURSE).coordinatorId()).isNull();
        assertThat(summary(NURSE).status()).isEqualTo(CoordinationStatus.NEW);
    }

    @Test
    void proposedMemberLeavingClearsProposal() {
        coordination.propose(accountOf(TEACHER), match, CARER.id());

        matches.end(CARER, carerSignal, "risk-gone");

        assertThat(summary(NURSE).proposedCoordinatorId()).isNull();
        assertThat(summary(NURSE).status()).isEqualTo(CoordinationStatus.NEW);
    }

    @Test
    void onlyContactLeavingGoesBackToNew() {
        coordination.recordContact(accountOf(CARER), match);

        matches.end(CARER, carerSignal, "risk-gone");

        assertThat(summary(NURSE).status()).isEqualTo(CoordinationStatus.NEW);
        assertThat(jdbc.sql("select count(*) from match_contacts")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void otherMemberLeavingKeepsCoordinator() {
        coordination.propose(accountOf(TEACHER), match, CARER.id());
        coordination.accept(accountOf(CARER), match);

        matches.end(NURSE, nurseSignal, "risk-gone");

        var after = summary(CARER);
        assertThat(after.status()).isEqualTo(CoordinationStatus.COORDINATED);
        assertThat(after.coordinatorId()).isEqualTo(CARER.id());
    }

    @Test
    void leaverCanNoLongerAct() {
        coordination.propose(accountOf(TEACHER), match, CARER.id());

        matches.end(CARER, carerSignal, "risk-gone");

        assertThatThrownBy(() -> coordination.accept(accountOf(CARER), match))
                .isInstanceOf(MatchNotFoundException.class);
    }

    @Test
    void endedMatchIsNotFound() {
        coordination.propose(accountOf(TEACHER), match, CARER.id());

        matches.end(CARER, carerSignal, "risk-gone");
        matches.end(NURSE, nurseSignal, "risk-gone");

        assertThatThrownBy(() -> coordination.recordContact(accountOf(TEACHER), match))
                .isInstanceOf(MatchNotFoundException.class);
        assertThat(coordination.summaries(TEACHER.id(), List.of(match))).isEmpty();
    }

    @Test
    void coordinatorWithSignalOnOtherChildStays() {
        matches.register(CARER, SISTER);
        var family = familyMatchOf();
        coordination.propose(accountOf(NURSE), family, CARER.id());
        coordination.accept(accountOf(CARER), family);

        matches.end(CARER, carerSignal, "risk-gone");

        assertThat(coordination
                        .summaries(NURSE.id(), List.of(family))
                        .get(family)
                        .coordinatorId())
                .isEqualTo(CARER.id());
    }

    /** Returns the family match between CHILD and SISTER. */
    private UUID familyMatchOf() {
        return jdbc.sql("select id from matches where type = 'family' and ended_on is null")
                .query(UUID.class)
                .single();
    }

    private Summary summary(Person viewer) {
        return coordination.summaries(viewer.id(), List.of(match)).get(match);
    }
}
