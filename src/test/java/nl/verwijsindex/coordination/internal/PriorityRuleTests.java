package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.organisations.OrganisationKind.EDUCATION;
import static nl.verwijsindex.organisations.OrganisationKind.SOCIAL_WORK;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_CARE;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_HEALTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationKind;
import org.junit.jupiter.api.Test;

class PriorityRuleTests {

    private static final UUID MUNICIPALITY = UUID.randomUUID();

    @Test
    void firstKindOnListWins() {
        var nurse = member(YOUTH_HEALTH_CARE, false, 1);
        var carer = member(YOUTH_CARE, false, 2);

        var chosen = PriorityRule.choose(List.of(nurse, carer), List.of(YOUTH_CARE, YOUTH_HEALTH_CARE));

        assertThat(chosen).contains(carer);
    }

    @Test
    void earliestSignalBreaksTie() {
        var later = member(YOUTH_CARE, false, 7);
        var earlier = member(YOUTH_CARE, false, 3);

        var chosen = PriorityRule.choose(List.of(later, earlier), List.of(YOUTH_CARE));

        assertThat(chosen).contains(earlier);
    }

    @Test
    void signalOnlyMemberIsSkipped() {
        var teacher = member(EDUCATION, true, 1);
        var worker = member(SOCIAL_WORK, false, 2);

        var chosen = PriorityRule.choose(List.of(teacher, worker), List.of(EDUCATION, SOCIAL_WORK));

        assertThat(chosen).contains(worker);
    }

    @Test
    void kindMissingFromListIsNeverChosen() {
        var nurse = member(YOUTH_HEALTH_CARE, false, 1);

        assertThat(PriorityRule.choose(List.of(nurse), List.of(YOUTH_CARE))).isEmpty();
        assertThat(PriorityRule.choose(List.of(nurse), List.of())).isEmpty();
    }

    private static Member member(OrganisationKind kind, boolean signalOnly, long firstSignalNumber) {
        return new Member(UUID.randomUUID(), MUNICIPALITY, kind, signalOnly, firstSignalNumber);
    }
}
