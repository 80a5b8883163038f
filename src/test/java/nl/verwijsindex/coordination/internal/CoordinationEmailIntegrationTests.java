package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.registration.SignalReferences;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The email that each coordination step sends to the other members of a child match of TEACHER (a
 * signal-only school), NURSE, CARER and COACH, who reads English. Each test checks exactly who got
 * which email, and that the member who took the step got none.
 */
class CoordinationEmailIntegrationTests extends IntegrationTest {

    static final String MATCHES_LINK = "http://localhost:8080/matches";

    @Autowired
    CoordinationService coordination;

    @Autowired
    SignalReferences signalReferences;

    CoordinationEmails emails;
    Matches matches;
    UUID teacherSignal;
    UUID nurseSignal;
    UUID carerSignal;
    UUID coachSignal;
    UUID match;

    @BeforeEach
    void matchOfFour() throws Exception {
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(SCHOOL.id())
                .update();
        matches = new Matches(port);
        teacherSignal = matches.register(TEACHER, CHILD);
        nurseSignal = matches.register(NURSE, CHILD);
        carerSignal = matches.register(CARER, CHILD);
        coachSignal = matches.register(COACH, CHILD);
        match = matches.onlyMatchOf(CARER);
        emails = new CoordinationEmails(jdbc, smtp);
        emails.discardMatchEmails();
    }

    @Test
    void proposalEmailsOtherMembers() throws Exception {
        coordination.propose(accountOf(CARER), match, NURSE.id());

        var delivered = emails.delivered();

        assertThat(delivered).containsOnlyKeys(TEACHER.email(), NURSE.email(), COACH.email());
        var teacher = delivered.get(TEACHER.email());
        assertThat(teacher.subject())
                .isEqualTo("Verwijsindex: voorstel voor een regievoerder in uw kindmatch van 4 december 2026");
        assertThat(teacher.text())
                .startsWith("Beste Anna de Vries,\n\n"
                        + "Eva Visser (Jeugdhulp Zuid) heeft Carla Smit (JGZ Haaglanden) voorgesteld als"
                        + " regievoerder van deze match.\n");
        assertThat(teacher.text())
                .contains(stateLines(
                        teacherSignal, "nieuw: nog geen contact vastgelegd", "niemand", "Carla Smit (JGZ Haaglanden)"));
        assertThat(teacher.text()).doesNotContain("U bent gevraagd");
        assertThat(teacher.html()).contains("<a href=\"" + MATCHES_LINK + "\">Naar Mijn matches</a>");

        var nurse = delivered.get(NURSE.email());
        assertThat(nurse.subject())
                .isEqualTo("Verwijsindex: u bent voorgesteld als regievoerder in uw kindmatch van 4 december 2026");
        assertThat(nurse.text())
                .startsWith("Beste Carla Smit,\n\n"
                        + "Eva Visser (Jeugdhulp Zuid) heeft u voorgesteld als regievoerder van deze match.\n\n"
                        + "U bent gevraagd om regievoerder van deze match te worden. Accepteer het voorstel of"
                        + " wijs het af op de pagina Mijn matches.\n");
        assertThat(nurse.text())
                .contains(stateLines(nurseSignal, "nieuw: nog geen contact vastgelegd", "niemand", "u"));
        assertThat(nurse.html()).contains("U bent gevraagd om regievoerder van deze match te worden.");

        var coach = delivered.get(COACH.email());
        assertThat(coach.subject())
                .isEqualTo("Reference index: a coordinator was proposed in your child match of 4 December 2026");
        assertThat(coach.text())
                .startsWith("Dear Finn O'Neill,\n\n"
                        + "Eva Visser (Jeugdhulp Zuid) proposed Carla Smit (JGZ Haaglanden) as coordinator of"
                        + " this match.\n");
        assertThat(coach.text())
                .contains("Type of match: child match\n", "Date of the match: 4 December 2026\n")
                .contains("Status: new: no contact recorded yet\n", "Coordinator: nobody\n")
                .contains("Proposed coordinator: Carla Smit (JGZ Haaglanden)\n")
                .contains("Go to My matches: " + MATCHES_LINK + "\n");
        assertThat(coach.html()).contains("<html lang=\"en\">");
        assertThat(emails.queued()).isEqualTo(3);
    }

    @Test
    void pageStepEmailsOtherMembers() throws Exception {
        var carer = loggedIn(CARER);
        carer.get("/matches");

        var response = carer.post(
                "/matches/" + match + "/coordinator/propose",
                Map.of("professionalId", NURSE.id().toString()));

        assertThat(response.statusCode()).isEqualTo(302);
        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(TEACHER.email(), NURSE.email(), COACH.email());
        assertThat(delivered.get(NURSE.email()).subject())
                .isEqualTo("Verwijsindex: u bent voorgesteld als regievoerder in uw kindmatch van 4 december 2026");
    }

    @Test
    void selfProposalEmailsOtherMembers() throws Exception {
        coordination.propose(accountOf(CARER), match, CARER.id());

        var delivered = emails.delivered();

        assertThat(delivered).containsOnlyKeys(TEACHER.email(), NURSE.email(), COACH.email());
        assertThat(delivered.get(NURSE.email()).text())
                .contains("Eva Visser (Jeugdhulp Zuid) heeft zichzelf voorgesteld als regievoerder van deze match.\n")
                .contains("Voorgestelde regievoerder: Eva Visser (Jeugdhulp Zuid)\n")
                .doesNotContain("U bent gevraagd");
        assertThat(delivered.get(COACH.email()).text())
                .contains("Eva Visser (Jeugdhulp Zuid) proposed themselves as coordinator of this match.\n");
    }

    @Test
    void acceptanceEmailsOtherMembers() throws Exception {
        coordination.propose(accountOf(CARER), match, NURSE.id());
        emails.discardMatchEmails();

        coordination.accept(accountOf(NURSE), match);

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(TEACHER.email(), CARER.email(), COACH.email());
        var carer = delivered.get(CARER.email());
        assertThat(carer.subject())
                .isEqualTo("Verwijsindex: regievoerder afgesproken in uw kindmatch van 4 december 2026");
        assertThat(carer.text())
                .startsWith("Beste Eva Visser,\n\nCarla Smit (JGZ Haaglanden) heeft het voorstel geaccepteerd en is nu"
                        + " de regievoerder van deze match.\n");
        assertThat(carer.text())
                .contains(stateLines(carerSignal, "regie afgesproken", "Carla Smit (JGZ Haaglanden)", "niemand"));
        var coach = delivered.get(COACH.email());
        assertThat(coach.subject())
                .isEqualTo("Reference index: a coordinator was agreed in your child match of 4 December 2026");
        assertThat(coach.text())
                .contains("Carla Smit (JGZ Haaglanden) accepted the proposal and is now the coordinator of this"
                        + " match.\n")
                .contains("Status: coordinator agreed\n", "Coordinator: Carla Smit (JGZ Haaglanden)\n")
                .contains("Proposed coordinator: nobody\n");
    }

    @Test
    void declineEmailsOtherMembers() throws Exception {
        coordination.propose(accountOf(CARER), match, NURSE.id());
        emails.discardMatchEmails();

        coordination.decline(accountOf(NURSE), match);

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(TEACHER.email(), CARER.email(), COACH.email());
        var carer = delivered.get(CARER.email());
        assertThat(carer.subject())
                .isEqualTo(
                        "Verwijsindex: voorstel voor een regievoerder afgewezen in uw kindmatch van 4 december 2026");
        assertThat(carer.text())
                .contains("Carla Smit (JGZ Haaglanden) heeft het voorstel om regievoerder van deze match te worden"
                        + " afgewezen.\n")
                .contains(stateLines(carerSignal, "nieuw: nog geen contact vastgelegd", "niemand", "niemand"));
        assertThat(delivered.get(COACH.email()).subject())
                .isEqualTo("Reference index: a proposed coordinator declined in your child match of 4 December 2026");
        assertThat(delivered.get(COACH.email()).text())
                .contains("Carla Smit (JGZ Haaglanden) declined the proposal to become coordinator of this match.\n");
    }

    @Test
    void contactEmailsOtherMembersAndAsksProposed() throws Exception {
        coordination.propose(accountOf(CARER), match, NURSE.id());
        emails.discardMatchEmails();

        coordination.recordContact(accountOf(TEACHER), match);

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(NURSE.email(), CARER.email(), COACH.email());
        var carer = delivered.get(CARER.email());
        assertThat(carer.subject()).isEqualTo("Verwijsindex: contact vastgelegd in uw kindmatch van 4 december 2026");
        assertThat(carer.text())
                .contains("Anna de Vries (Basisschool De Regenboog) heeft vastgelegd dat er contact is gemaakt.\n")
                .contains(stateLines(
                        carerSignal,
                        "in contact: er is contact gemaakt, nog zonder regievoerder",
                        "niemand",
                        "Carla Smit (JGZ Haaglanden)"))
                .doesNotContain("U bent gevraagd");
        assertThat(delivered.get(NURSE.email()).text())
                .contains("U bent gevraagd om regievoerder van deze match te worden.")
                .contains("Voorgestelde regievoerder: u\n");
        assertThat(delivered.get(COACH.email()).text())
                .contains("Anna de Vries (Basisschool De Regenboog) recorded that contact was made.\n")
                .contains("Status: in contact: contact was made, no coordinator yet\n");
    }

    @Test
    void coordinatorLeavingEmailsRemainingMembers() throws Exception {
        coordination.propose(accountOf(NURSE), match, CARER.id());
        coordination.accept(accountOf(CARER), match);
        emails.discardMatchEmails();

        matches.end(CARER, carerSignal, "risk-gone");

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(TEACHER.email(), NURSE.email(), COACH.email());
        var nurse = delivered.get(NURSE.email());
        assertThat(nurse.subject())
                .isEqualTo("Verwijsindex: geen regievoerder meer in uw kindmatch van 4 december 2026");
        assertThat(nurse.text())
                .startsWith("Beste Carla Smit,\n\nDe regievoerder heeft geen lopende melding meer in deze match."
                        + " De match heeft daarom geen regievoerder meer.\n")
                .contains(stateLines(nurseSignal, "nieuw: nog geen contact vastgelegd", "niemand", "niemand"))
                .doesNotContain("Eva Visser");
        assertThat(delivered.get(COACH.email()).subject())
                .isEqualTo("Reference index: no coordinator any more in your child match of 4 December 2026");
    }

    @Test
    void proposedLeavingEmailsRemainingMembers() throws Exception {
        coordination.propose(accountOf(NURSE), match, CARER.id());
        emails.discardMatchEmails();

        matches.end(CARER, carerSignal, "risk-gone");

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(TEACHER.email(), NURSE.email(), COACH.email());
        var teacher = delivered.get(TEACHER.email());
        assertThat(teacher.subject())
                .isEqualTo(
                        "Verwijsindex: voorstel voor een regievoerder vervallen in uw kindmatch van 4 december 2026");
        assertThat(teacher.text())
                .contains("De voorgestelde regievoerder heeft geen lopende melding meer in deze match. Het voorstel"
                        + " is daarom vervallen.\n")
                .contains("Voorgestelde regievoerder: niemand\n");
        assertThat(delivered.get(COACH.email()).text())
                .contains("The proposed coordinator no longer has an active signal in this match, so the proposal"
                        + " lapsed.\n");
    }

    @Test
    void contactLapsingEmailsRemainingMembers() throws Exception {
        coordination.recordContact(accountOf(NURSE), match);
        emails.discardMatchEmails();

        matches.end(NURSE, nurseSignal, "risk-gone");

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(TEACHER.email(), CARER.email(), COACH.email());
        var carer = delivered.get(CARER.email());
        assertThat(carer.subject()).isEqualTo("Verwijsindex: status gewijzigd in uw kindmatch van 4 december 2026");
        assertThat(carer.text())
                .contains("Een beroepskracht die contact had vastgelegd, heeft geen lopende melding meer in deze"
                        + " match. Dat contact telt daarom niet meer mee voor de status.\n")
                .contains("Status: nieuw: nog geen contact vastgelegd\n");
    }

    @Test
    void departureWithoutChangeEmailsNobody() throws Exception {
        coordination.recordContact(accountOf(NURSE), match);
        emails.discardMatchEmails();
        long queued = emails.queued();

        matches.end(COACH, coachSignal, "risk-gone");

        assertThat(emails.delivered()).isEmpty();
        assertThat(emails.queued()).isEqualTo(queued);
    }

    /** Returns the lines of the email's block about the match after the change. */
    private String stateLines(UUID signalId, String status, String coordinator, String proposed) {
        var number = signalReferences.find(signalId).orElseThrow().number();
        return "De match nu\n\n"
                + "Soort match: kindmatch\n"
                + "Datum van de match: 4 december 2026\n"
                + "Nummer van uw melding: " + number + "\n"
                + "Status: " + status + "\n"
                + "Regievoerder: " + coordinator + "\n"
                + "Voorgestelde regievoerder: " + proposed + "\n\n"
                + "Naar Mijn matches: " + MATCHES_LINK + "\n";
    }
}
