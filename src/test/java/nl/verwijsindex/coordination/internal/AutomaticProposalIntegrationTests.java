package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.SISTER;
import static nl.verwijsindex.organisations.OrganisationKind.EDUCATION;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_CARE;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_HEALTH_CARE;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchCoordination.Summary;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The proposal that a new match gets from the municipality's priority list, made while the match
 * is stored. The list that applies is that of the municipality of the member who registered first.
 */
class AutomaticProposalIntegrationTests extends IntegrationTest {

    @Autowired
    CoordinationService coordination;

    @Autowired
    CoordinatorPriorities priorities;

    Matches matches;

    @BeforeEach
    void client() {
        matches = new Matches(port);
    }

    @Test
    void proposesFirstKindOnList() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE, YOUTH_HEALTH_CARE));
        clock.setDate(LocalDate.of(2026, 12, 7));

        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);

        var proposal = proposalOf(matches.onlyMatchOf(NURSE), NURSE);
        assertThat(proposal.status()).isEqualTo(CoordinationStatus.NEW);
        assertThat(proposal.proposedCoordinatorId()).isEqualTo(CARER.id());
        assertThat(proposal.coordinatorId()).isNull();
        assertThat(storedProposal(matches.onlyMatchOf(NURSE)))
                .isEqualTo(new StoredProposal(CARER.id(), null, LocalDate.of(2026, 12, 7)));
    }

    @Test
    void neverProposesSignalOnlyMember() {
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(SCHOOL.id())
                .update();
        priorities.setPriority(MUNICIPALITY, List.of(EDUCATION, YOUTH_HEALTH_CARE));

        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);

        assertThat(proposalOf(matches.onlyMatchOf(TEACHER), TEACHER).proposedCoordinatorId())
                .isEqualTo(NURSE.id());
    }

    @Test
    void onlySignalOnlyKindsProposeNobody() {
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(SCHOOL.id())
                .update();
        priorities.setPriority(MUNICIPALITY, List.of(EDUCATION));

        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);

        assertThat(proposalOf(matches.onlyMatchOf(TEACHER), TEACHER).proposedCoordinatorId())
                .isNull();
    }

    @Test
    void proposesNobodyWithoutList() {
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);

        var proposal = proposalOf(matches.onlyMatchOf(NURSE), NURSE);
        assertThat(proposal.proposedCoordinatorId()).isNull();
        assertThat(proposal.status()).isEqualTo(CoordinationStatus.NEW);
    }

    @Test
    void earliestSignalBreaksTieOfKind() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE));

        matches.register(COACH, CHILD);
        matches.register(CARER, CHILD);

        assertThat(proposalOf(matches.onlyMatchOf(CARER), CARER).proposedCoordinatorId())
                .isEqualTo(COACH.id());
    }

    @Test
    void earliestSignalBreaksTieInOtherOrder() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE));

        matches.register(CARER, CHILD);
        matches.register(COACH, CHILD);

        assertThat(proposalOf(matches.onlyMatchOf(CARER), CARER).proposedCoordinatorId())
                .isEqualTo(CARER.id());
    }

    @Test
    void familyMatchChoosesAmongAllMembersAtOnce() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE, YOUTH_HEALTH_CARE));
        matches.register(NURSE, SISTER);

        matches.register(CARER, CHILD);

        var match = matches.onlyMatchOf(NURSE);
        assertThat(proposalOf(match, NURSE).proposedCoordinatorId()).isEqualTo(CARER.id());
    }

    @Test
    void laterMemberDoesNotReplaceProposal() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE, YOUTH_HEALTH_CARE));
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);

        matches.register(CARER, CHILD);

        assertThat(proposalOf(matches.onlyMatchOf(NURSE), NURSE).proposedCoordinatorId())
                .isEqualTo(NURSE.id());
    }

    @Test
    void listOfFirstRegistrantsMunicipalityApplies() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_HEALTH_CARE));
        priorities.setPriority(OTHER_MUNICIPALITY, List.of(YOUTH_CARE));

        matches.register(OTHER_TOWN_TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);

        assertThat(proposalOf(matches.onlyMatchOf(NURSE), NURSE).proposedCoordinatorId())
                .isNull();
    }

    @Test
    void listOfFirstRegistrantsMunicipalityProposes() {
        priorities.setPriority(MUNICIPALITY, List.of());
        priorities.setPriority(OTHER_MUNICIPALITY, List.of(YOUTH_HEALTH_CARE));

        matches.register(OTHER_TOWN_TEACHER, CHILD);
        matches.register(NURSE, CHILD);

        assertThat(proposalOf(matches.onlyMatchOf(NURSE), NURSE).proposedCoordinatorId())
                .isEqualTo(NURSE.id());
    }

    private Summary proposalOf(UUID match, Person viewer) {
        return coordination.summaries(viewer.id(), List.of(match)).get(match);
    }

    private StoredProposal storedProposal(UUID match) {
        return jdbc.sql("select proposed_coordinator_id, proposed_by_id, proposed_on from match_coordination"
                        + " where match_id = ?")
                .param(match)
                .query((rs, row) -> new StoredProposal(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)))
                .single();
    }

    private record StoredProposal(UUID proposed, UUID proposedBy, LocalDate proposedOn) {}
}
