package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_CARE;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_HEALTH_CARE;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The match email names the coordinator that the municipality's priority list proposed for the new
 * match, read from GreenMail after the outbox sent it, and says nothing about a proposal when the
 * list proposed nobody.
 */
class MatchEmailProposalIntegrationTests extends IntegrationTest {

    @Autowired
    CoordinatorPriorities priorities;

    CoordinationEmails emails;
    Matches matches;

    @BeforeEach
    void client() {
        matches = new Matches(port);
        emails = new CoordinationEmails(jdbc, smtp);
    }

    @Test
    void matchEmailNamesProposedMember() throws Exception {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE, YOUTH_HEALTH_CARE));

        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(NURSE.email(), CARER.email());
        var nurse = delivered.get(NURSE.email());
        assertThat(nurse.text())
                .contains("Voorgestelde regievoerder\n\n"
                        + "Eva Visser (Jeugdhulp Zuid) is voorgesteld als regievoerder van deze match: de"
                        + " beroepskracht die de regie neemt en de hulp afstemt.\n"
                        + "Eva Visser kan het voorstel accepteren of afwijzen op de pagina Mijn matches in de"
                        + " verwijsindex.\n\n"
                        + "Andere betrokken beroepskrachten\n");
        assertThat(nurse.html())
                .contains("<h2 style=\"font-size: 20px;\">Voorgestelde regievoerder</h2>")
                .contains("<p>Eva Visser (Jeugdhulp Zuid) is voorgesteld als regievoerder van deze match:");
        var carer = delivered.get(CARER.email());
        assertThat(carer.text())
                .contains("Voorgestelde regievoerder\n\n"
                        + "U bent voorgesteld als regievoerder van deze match: de beroepskracht die de regie"
                        + " neemt en de hulp afstemt.\n"
                        + "Accepteer het voorstel of wijs het af op de pagina Mijn matches in de verwijsindex.\n");
        assertThat(proposedInOutbox()).containsOnly(CARER.id().toString());
    }

    @Test
    void englishMatchEmailNamesProposal() throws Exception {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE));

        matches.register(NURSE, CHILD);
        matches.register(COACH, CHILD);

        var delivered = emails.delivered();
        assertThat(delivered.get(COACH.email()).text())
                .contains("Proposed coordinator\n\n"
                        + "You are proposed as coordinator of this match: the professional who takes the lead and"
                        + " aligns the help.\n"
                        + "Accept or decline the proposal on the page My matches in the reference index.\n");
        assertThat(delivered.get(NURSE.email()).text())
                .contains("Voorgestelde regievoerder\n\nFinn O'Neill (Jeugdhulp Zuid) is voorgesteld");
    }

    @Test
    void matchEmailWithoutProposalSaysNothing() throws Exception {
        priorities.setPriority(MUNICIPALITY, List.of());

        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(NURSE.email(), CARER.email());
        for (var email : delivered.values()) {
            assertThat(email.text()).doesNotContain("regievoerder", "Regievoerder", "voorgesteld");
            assertThat(email.html()).doesNotContain("regievoerder", "Regievoerder", "voorgesteld");
        }
        assertThat(proposedInOutbox()).containsOnlyNulls();
    }

    @Test
    void matchEmailFollowsListOrder() throws Exception {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_HEALTH_CARE));

        matches.register(CARER, CHILD);
        matches.register(NURSE, CHILD);

        var delivered = emails.delivered();
        assertThat(delivered.get(CARER.email()).text())
                .contains("Carla Smit (JGZ Haaglanden) is voorgesteld als regievoerder van deze match");
        assertThat(delivered.get(NURSE.email()).text()).contains("U bent voorgesteld als regievoerder");
    }

    @Test
    void joinerEmailNamesOpenProposal() throws Exception {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE));
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        emails.discardMatchEmails();

        matches.register(TEACHER, CHILD);

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(NURSE.email(), CARER.email(), TEACHER.email());
        assertThat(delivered.get(TEACHER.email()).text())
                .contains("Eva Visser (Jeugdhulp Zuid) is voorgesteld als regievoerder van deze match");
        assertThat(delivered.get(NURSE.email()).text())
                .contains("Eva Visser (Jeugdhulp Zuid) is voorgesteld als regievoerder van deze match");
        assertThat(delivered.get(CARER.email()).text()).contains("U bent voorgesteld als regievoerder");
    }

    @Test
    void answeredProposalIsLeftOut() throws Exception {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE));
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        var match = matches.onlyMatchOf(NURSE);
        emails.discardMatchEmails();

        // As if CARER declined before the outbox sent the match emails: send them again without the proposal.
        jdbc.sql("""
                        update match_coordination
                           set proposed_coordinator_id = null, proposed_by_id = null, proposed_on = null
                         where match_id = ?
                        """).param(match).update();
        jdbc.sql("update notification_messages set sent_at = null").update();

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(NURSE.email(), CARER.email());
        for (var email : delivered.values()) {
            assertThat(email.text()).doesNotContain("voorgesteld");
        }
        assertThat(proposedInOutbox()).containsOnly(CARER.id().toString());
    }

    private List<String> proposedInOutbox() {
        return jdbc.sql("select proposed_coordinator_id::text from notification_messages")
                .query(String.class)
                .list();
    }
}
