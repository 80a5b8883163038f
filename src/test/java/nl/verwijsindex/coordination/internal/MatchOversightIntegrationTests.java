package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.SISTER;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.coordination.internal.OversightList.ListedMatch;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The list of matches without contact on {@code /municipality/{code}/matches}. Matches are made on
 * 4 December 2026 (day D) with the default of 14 days, so they are listed from 18 December.
 */
class MatchOversightIntegrationTests extends IntegrationTest {

    private static final LocalDate MADE_ON = DEFAULT_TODAY;
    private static final String PAGE = "/municipality/0363/matches";

    @Autowired
    OversightList list;

    @Autowired
    CoordinationService coordination;

    @Autowired
    Pseudonymisation pseudonymisation;

    @Autowired
    ApplicationContext context;

    Matches matches;

    @BeforeEach
    void client() {
        matches = new Matches(port);
    }

    @Test
    void listsMatchFromThresholdDay() {
        var match = childMatch();
        var row = "id=\"match-" + match + "\"";

        clock.setDate(MADE_ON.plusDays(13));
        var dayBefore = list.of(MUNICIPALITY, "0363", clock.today());
        var dayBeforePage = loggedIn(MUNICIPAL_OFFICER).get(PAGE).body();
        clock.setDate(MADE_ON.plusDays(14));
        var day = list.of(MUNICIPALITY, "0363", clock.today());
        var dayPage = loggedIn(MUNICIPAL_OFFICER).get(PAGE).body();
        clock.setDate(MADE_ON.plusDays(15));
        var dayAfter = list.of(MUNICIPALITY, "0363", clock.today());

        assertThat(dayBefore.total()).isZero();
        assertThat(dayBefore.shown()).isEmpty();
        assertThat(dayBefore.days()).isEqualTo(14);
        assertThat(dayBeforePage).doesNotContain(row);
        assertThat(dayBeforePage).contains("Er zijn geen matches zonder contact.");
        assertThat(day.total()).isEqualTo(1);
        assertThat(matchIds(day.shown())).containsExactly(match);
        assertThat(day.shown().get(0).daysWithoutContact()).isEqualTo(14);
        assertThat(dayPage).contains(row, "Er is 1 match zonder contact.");
        assertThat(dayAfter.total()).isEqualTo(1);
        assertThat(dayAfter.shown().get(0).daysWithoutContact()).isEqualTo(15);
    }

    @Test
    void listedMatchShowsMembersAndCoordination() {
        var match = childMatch();
        coordination.propose(accountOf(NURSE), match, TEACHER.id());

        var listed = list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(14)).shown().get(0);

        assertThat(listed.match().id()).isEqualTo(match);
        assertThat(listed.match().type()).isEqualTo(MatchType.CHILD);
        assertThat(listed.match().madeOn()).isEqualTo(MADE_ON);
        assertThat(listed.match().status()).isEqualTo(CoordinationStatus.NEW);
        assertThat(listed.proposedCoordinatorName()).isEqualTo(TEACHER.name());
        assertThat(listed.coordinatorName()).isNull();
        assertThat(listed.match().members())
                .extracting(member ->
                        member.professionalName() + ", " + member.organisationName() + ", " + member.municipalityName())
                .containsExactly(
                        "Anna de Vries, Basisschool De Regenboog, Amsterdam", "Carla Smit, JGZ Haaglanden, Amsterdam");
    }

    @Test
    void contactOfOneMemberRemovesMatch() {
        var match = childMatch();
        clock.setDate(MADE_ON.plusDays(14));

        coordination.recordContact(accountOf(NURSE), match);

        assertThat(list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(14)).total()).isZero();
        assertThat(list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(30)).total()).isZero();
    }

    @Test
    void endedMatchIsNotListed() {
        livesIn(CHILD, "0363");
        matches.register(TEACHER, CHILD);
        var nurseSignal = matches.register(NURSE, CHILD);
        assertThat(list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(14)).total()).isEqualTo(1);

        matches.end(NURSE, nurseSignal, "risk-gone");

        assertThat(list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(14)).total()).isZero();
    }

    @Test
    void otherMunicipalityDoesNotListMatch() {
        childMatch();

        var other = list.of(OTHER_MUNICIPALITY, "0479", MADE_ON.plusDays(14));

        assertThat(other.total()).isZero();
        assertThat(other.shown()).isEmpty();
    }

    @Test
    void foreignMemberListedByChildsMunicipality() {
        livesIn(CHILD, "0363");
        matches.register(NURSE, CHILD);
        matches.register(OTHER_TOWN_TEACHER, CHILD);

        assertThat(list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(14)).total()).isEqualTo(1);
        assertThat(list.of(OTHER_MUNICIPALITY, "0479", MADE_ON.plusDays(14)).total())
                .isZero();
    }

    @Test
    void familyMatchAcrossMunicipalitiesIsListedInBoth() {
        livesIn(CHILD, "0479");
        livesIn(SISTER, "0363");
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, SISTER);
        var match = matches.onlyMatchOf(NURSE);

        var amsterdam = list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(14));
        var zaanstad = list.of(OTHER_MUNICIPALITY, "0479", MADE_ON.plusDays(14));

        assertThat(matchIds(amsterdam.shown())).containsExactly(match);
        assertThat(matchIds(zaanstad.shown())).containsExactly(match);
        assertThat(zaanstad.shown().get(0).match().type()).isEqualTo(MatchType.FAMILY);
    }

    @Test
    void familyMatchPlacedWhenRegistrationCommits() {
        // No stored residence beforehand: the register places CHILD and SISTER in 's-Gravenhage (0518)
        // when each is registered, and TEACHER and OTHER_TOWN_TEACHER work in two municipalities.
        matches.register(TEACHER, CHILD);

        matches.register(OTHER_TOWN_TEACHER, SISTER);
        var match = matches.onlyMatchOf(OTHER_TOWN_TEACHER);

        var checkDue = jdbc.sql("select check_due from overseen_matches where match_id = ?")
                .param(match)
                .query(Boolean.class)
                .single();
        var municipalities = jdbc.sql("""
                        select municipality_code || ' ' || current || ' ' || noticed_on
                          from overseen_match_municipalities where match_id = ?
                        """).param(match).query(String.class).list();
        assertThat(checkDue).isFalse();
        assertThat(municipalities).containsExactly("0518 true 2026-12-04");
    }

    @Test
    void municipalitySettingSetsThreshold() {
        var match = childMatch();
        jdbc.sql("update municipalities set match_contact_days = 3 where id = ?")
                .param(MUNICIPALITY)
                .update();

        assertThat(list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(2)).total()).isZero();
        assertThat(matchIds(list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(3)).shown()))
                .containsExactly(match);
    }

    @Test
    void listsOldestMatchFirst() {
        clock.setDate(MADE_ON.minusDays(1));
        livesIn(Matches.UNRELATED_CHILD, "0363");
        matches.register(NURSE, Matches.UNRELATED_CHILD);
        matches.register(CARER, Matches.UNRELATED_CHILD);
        var older = matches.onlyMatchOf(CARER);
        clock.setDate(MADE_ON);
        livesIn(CHILD, "0363");
        matches.register(TEACHER, CHILD);
        matches.register(YOUTH_DOCTOR, CHILD);
        var newer = matches.onlyMatchOf(TEACHER);

        var listed = list.of(MUNICIPALITY, "0363", MADE_ON.plusDays(14)).shown();

        assertThat(matchIds(listed)).containsExactly(older, newer);
        assertThat(listed.get(0).daysWithoutContact()).isEqualTo(15);
        assertThat(listed.get(1).daysWithoutContact()).isEqualTo(14);
    }

    @Test
    void pageShowsMatchesToOfficer() {
        var match = childMatch();
        clock.setDate(MADE_ON.plusDays(15));
        awaitQueuedEmails();
        var session = loggedIn(MUNICIPAL_OFFICER);
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        var page = session.get(PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        var body = page.body();
        assertThat(body).contains("id=\"match-" + match + "\"");
        assertThat(body).contains("Er is 1 match zonder contact.");
        assertThat(body).contains(">4 december 2026</th>", ">Kindmatch</td>", ">15</td>");
        assertThat(body).contains("Nieuw: nog geen contact vastgelegd");
        assertThat(body).contains("Anna de Vries, Basisschool De Regenboog (gemeente Amsterdam)");
        assertThat(body).contains("Carla Smit, JGZ Haaglanden (gemeente Amsterdam)");
        assertThat(body).doesNotContain(CHILD, "Mira", "Maasland", "2017");
        var officer = accounts.of(MUNICIPAL_OFFICER).accountId();
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "success", "list-matches-without-contact")
                        .byAccount(officer, "municipal-officer", null, MUNICIPALITY)
                        .about("municipality", MUNICIPALITY)
                        .at(before + 1, clock.instant()));
    }

    @Test
    void pageInEnglishStatesEmptyList() {
        childMatch();

        var page = loggedIn(MUNICIPAL_OFFICER).acceptLanguage("en").get(PAGE + "?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There are no matches without contact.");
        assertThat(page.body()).doesNotContain("id=\"overseen-matches\"");
    }

    @Test
    void pageNamesOneDayInTheSingular() {
        jdbc.sql("update municipalities set match_contact_days = 1 where id = ?")
                .param(MUNICIPALITY)
                .update();
        var officer = loggedIn(MUNICIPAL_OFFICER);

        var dutch = officer.get(PAGE);
        var english = officer.get(PAGE + "?lang=en");

        assertThat(dutch.body()).contains("waarin 1 dag of langer na de match");
        assertThat(english.body()).contains("recorded contact 1 day or more after the match");
    }

    @Test
    void foreignOfficerGetsNotFound() {
        childMatch();
        clock.setDate(MADE_ON.plusDays(15));
        awaitQueuedEmails();
        var session = loggedIn(OTHER_MUNICIPAL_OFFICER);
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        var page = session.get(PAGE);
        var unknown = session.get("/municipality/1999/matches");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Anna de Vries");
        assertThat(unknown.statusCode()).isEqualTo(404);
        var officer = accounts.of(OTHER_MUNICIPAL_OFFICER).accountId();
        var actor = ExpectedEntry.of("read", "rejected", "list-matches-without-contact")
                .byAccount(officer, "municipal-officer", null, OTHER_MUNICIPALITY);
        assertThat(chain.after(before))
                .containsExactly(
                        actor.about("municipality", MUNICIPALITY).at(before + 1, clock.instant()),
                        actor.at(before + 2, clock.instant()));
    }

    @Test
    void otherRolesAreForbidden() {
        childMatch();
        awaitQueuedEmails();
        var administratorSession = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        var professionalSession = loggedIn(NURSE);
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        var administrator = administratorSession.get(PAGE);
        var professional = professionalSession.get(PAGE);

        assertThat(administrator.statusCode()).isEqualTo(403);
        assertThat(professional.statusCode()).isEqualTo(403);
        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void overviewLinksToList() {
        var overview = loggedIn(MUNICIPAL_OFFICER).get("/municipality/0363");

        assertThat(overview.body()).contains("href=\"/municipality/0363/matches\"", ">Matches zonder contact</a>");
    }

    /** Makes a child match of TEACHER and NURSE, both of Amsterdam, on a child registered in Amsterdam. */
    private UUID childMatch() {
        livesIn(CHILD, "0363");
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        return matches.onlyMatchOf(NURSE);
    }

    private void livesIn(String bsn, String municipalityCode) {
        new ChildResidenceRows(jdbc, pseudonymisation, clock).livesIn(bsn, municipalityCode);
    }

    private static List<UUID> matchIds(List<ListedMatch> listed) {
        return listed.stream().map(entry -> entry.match().id()).toList();
    }
}
