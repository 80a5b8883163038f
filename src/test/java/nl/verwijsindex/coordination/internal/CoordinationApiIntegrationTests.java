package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_CARE;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The coordination fields of {@code GET /api/v1/matches}. */
class CoordinationApiIntegrationTests extends IntegrationTest {

    @Autowired
    CoordinationService coordination;

    @Autowired
    CoordinatorPriorities priorities;

    @Test
    void newMatchOmitsCoordinatorFields() {
        var matches = new Matches(port);
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);

        var match = onlyMatch(TEACHER);

        assertThat(match.path("status").asString()).isEqualTo("new");
        assertThat(match.has("proposedCoordinator")).isFalse();
        assertThat(match.has("coordinator")).isFalse();
    }

    @Test
    void proposalFromPriorityListIsShown() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE));
        var matches = new Matches(port);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);

        var match = onlyMatch(NURSE);

        assertThat(match.path("status").asString()).isEqualTo("new");
        assertThat(match.path("proposedCoordinator").asString())
                .isEqualTo(CARER.id().toString());
        assertThat(match.has("coordinator")).isFalse();
    }

    @Test
    void contactAndCoordinatorAreShown() {
        var matches = new Matches(port);
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        var id = matches.onlyMatchOf(CARER);
        coordination.recordContact(accountOf(TEACHER), id);
        var inContact = onlyMatch(CARER);
        coordination.propose(accountOf(TEACHER), id, CARER.id());
        coordination.accept(accountOf(CARER), id);
        coordination.propose(accountOf(CARER), id, NURSE.id());

        var coordinated = onlyMatch(TEACHER);

        assertThat(inContact.path("status").asString()).isEqualTo("in-contact");
        assertThat(coordinated.path("status").asString()).isEqualTo("coordinated");
        assertThat(coordinated.path("coordinator").asString())
                .isEqualTo(CARER.id().toString());
        assertThat(coordinated.path("proposedCoordinator").asString())
                .isEqualTo(NURSE.id().toString());
    }

    private JsonNode onlyMatch(nl.verwijsindex.testing.TestRegion.Person professional) {
        var response = new TestApi(port).matches(professional.organisation().apiToken(), professional.id());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("matches").size()).isEqualTo(1);
        return response.body().path("matches").path(0);
    }
}
