package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The officers page of a municipality over HTTP: inviting an officer who then logs in, the checks on
 * deactivation, who may see the page, and the audit entries of each step. Tests that need officers
 * besides the region's add a municipality with a code from {@link TestRegion#ADDED_MUNICIPALITY_CODES},
 * which {@link TestRegion#reset()} deletes with its accounts.
 */
class OfficerPagesIntegrationTests extends IntegrationTest {

    private static final String OWN = "/municipality/0363/officers";
    private static final String ADDED_CODE = "1960";
    private static final String ADDED = "/municipality/" + ADDED_CODE + "/officers";
    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitation/[A-Za-z0-9_-]+)");
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
    private static final String NEW_PASSWORD = "lange-zomeravond-aan-zee";

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    Accounts accountService;

    @Autowired
    ApplicationContext context;

    AuditChain chain;

    @BeforeEach
    void readChain() {
        chain = new AuditChain(jdbc, context);
    }

    @Test
    void invitedOfficerAcceptsLogsInAndIsListed() throws Exception {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(OWN);

        var invited = officer.post(OWN, invitation("Sara Gemeente", "sara@amsterdam.test", "en"));
        var listed = officer.get(OWN).body();
        var secret = acceptInvitation("sara@amsterdam.test");
        clock.setInstant(clock.instant().plusSeconds(30));
        var newOfficer = new WebSession(port);
        var login =
                newOfficer.logIn("sara@amsterdam.test", NEW_PASSWORD, TestAccounts.totpCode(secret, clock.instant()));
        var ownList = newOfficer.get("/municipality/officers");

        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(invited)).isEqualTo(OWN);
        assertThat(listed).contains("Sara Gemeente krijgt een uitnodiging per e-mail.");
        var saraId = accountService.findByEmail("sara@amsterdam.test").orElseThrow();
        assertThat(row(listed, saraId)).contains("Sara Gemeente", "sara@amsterdam.test", "Uitgenodigd", "English");
        assertThat(row(listed, saraId)).contains("Uitnodiging opnieuw sturen aan Sara Gemeente");
        assertThat(WebSession.location(login)).isEqualTo("/home");
        assertThat(ownList.statusCode()).isEqualTo(200);
        assertThat(row(ownList.body(), saraId)).contains("Sara Gemeente", "Active", "(you)");
        assertThat(row(ownList.body(), saraId)).doesNotContain("Deactivate");
        var noorId = accounts.of(MUNICIPAL_OFFICER).accountId();
        assertThat(row(ownList.body(), noorId))
                .contains("Noor Gemeente", "noor@amsterdam.test", "Active", "Nederlands");
        assertThat(row(ownList.body(), noorId)).contains("Deactivate Noor Gemeente");
        var stored = jdbc.sql("select role, municipality_id, language from accounts where id = ?")
                .param(saraId)
                .query((rs, rowNumber) ->
                        rs.getString("role") + " " + rs.getObject("municipality_id") + " " + rs.getString("language"))
                .single();
        assertThat(stored).isEqualTo("municipal-officer " + TestRegion.MUNICIPALITY + " en");
    }

    @Test
    void menuAndMunicipalityPageLinkToOfficers() {
        var officer = loggedIn(MUNICIPAL_OFFICER);

        var home = officer.get("/home").body();
        var municipality = officer.get("/municipality/0363").body();

        assertThat(home)
                .contains("id=\"menu-officers\" href=\"/municipality/officers\">Medewerkers van de gemeente</a>");
        assertThat(municipality).contains("href=\"/municipality/0363/officers\">Medewerkers van de gemeente</a>");
    }

    @Test
    void takenEmailIsRejectedIgnoringCase() {
        accounts.of(MUNICIPAL_OFFICER);
        accounts.of(TEACHER);
        var officer = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        officer.get(OWN);
        var before = officerCount(TestRegion.MUNICIPALITY);

        var officerAddress = officer.post(OWN, invitation("Noor Twee", "NOOR@Amsterdam.test", "nl"));
        var teacherAddress = officer.post(OWN, invitation("Anna Twee", TEACHER.email(), "nl"));

        for (var response : new HttpResponse<?>[] {officerAddress, teacherAddress}) {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat((String) response.body())
                    .contains("Er bestaat al een account met dit e-mailadres. Nodig iemand anders uit, of gebruik een"
                            + " ander adres.");
        }
        assertThat(officerAddress.body()).contains("<title>Fout: medewerker van gemeente Amsterdam uitnodigen");
        assertThat(officerCount(TestRegion.MUNICIPALITY)).isEqualTo(before);
        assertThat(accountService.findByEmail("noor@amsterdam.test"))
                .contains(accounts.of(MUNICIPAL_OFFICER).accountId());
    }

    @Test
    void invalidInvitationNamesEachFieldAndHidesBsn() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(OWN);

        var response = officer.post(OWN, invitation("Sara 999970033", "sara at amsterdam", "de"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Naam: de naam lijkt een BSN te bevatten.");
        assertThat(response.body()).contains("Het e-mailadres sara at amsterdam is ongeldig.");
        assertThat(response.body()).contains("Kies Nederlands of English als taal.");
        assertThat(response.body()).doesNotContain("999970033");
        assertThat(accountService.findByEmail("sara at amsterdam")).isEmpty();
    }

    @Test
    void officerCannotDeactivateThemselves() {
        var officers = addMunicipalityWithOfficers();
        var session = loggedIn(officers.first(), "eerste@gemeente1960.test");
        session.get(ADDED);

        var response = session.post(ADDED + "/" + officers.first().accountId() + "/deactivate", Map.of());
        var page = session.get(ADDED);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo(ADDED);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("U kunt uw eigen account niet deactiveren. Vraag een andere medewerker of de functioneel"
                        + " beheerder om dat te doen.");
        assertThat(active(officers.first().accountId())).isTrue();
    }

    @Test
    void lastActiveOfficerStaysActive() {
        var officers = addMunicipalityWithOfficers();
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get(ADDED);
        administrator.post(ADDED, invitation("Derde Medewerker", "derde@gemeente1960.test", "nl"));
        administrator.get(ADDED);

        var second = administrator.post(ADDED + "/" + officers.second().accountId() + "/deactivate", Map.of());
        var secondPage = administrator.get(ADDED).body();
        var first = administrator.post(ADDED + "/" + officers.first().accountId() + "/deactivate", Map.of());
        var firstPage = administrator.get(ADDED).body();

        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(secondPage).contains("Tweede Medewerker is gedeactiveerd en kan niet meer inloggen.");
        assertThat(first.statusCode()).isEqualTo(302);
        // The invited officer cannot approve anything yet, so the first officer is the last active one.
        assertThat(firstPage)
                .contains("Eerste Medewerker is de laatste actieve medewerker van de gemeente en blijft actief.");
        assertThat(active(officers.first().accountId())).isTrue();
        assertThat(active(officers.second().accountId())).isFalse();
    }

    @Test
    void crossedDeactivationsKeepOneActive() throws Exception {
        var officers = addMunicipalityWithOfficers();
        var firstId = officers.first().accountId();
        var secondId = officers.second().accountId();

        for (int round = 0; round < 5; round++) {
            clock.setInstant(clock.instant().plusSeconds(30));
            jdbc.sql("update accounts set active = true where id in (?, ?)")
                    .params(firstId, secondId)
                    .update();
            var first = loggedIn(officers.first(), "eerste@gemeente1960.test");
            var second = loggedIn(officers.second(), "tweede@gemeente1960.test");
            first.get(ADDED);
            second.get(ADDED);
            var start = new CyclicBarrier(2);

            var firstPost = CompletableFuture.runAsync(() -> {
                await(start);
                first.post(ADDED + "/" + secondId + "/deactivate", Map.of());
            });
            var secondPost = CompletableFuture.runAsync(() -> {
                await(start);
                second.post(ADDED + "/" + firstId + "/deactivate", Map.of());
            });
            // NOTE: the request that loses can end in a 500, because its session row was deleted while it
            // ran and Spring Session JDBC then fails to save the session's attributes. Only the accounts
            // are checked here.
            CompletableFuture.allOf(firstPost, secondPost).get(20, TimeUnit.SECONDS);

            assertThat(active(firstId) ^ active(secondId))
                    .as("exactly one officer active after round %d", round)
                    .isTrue();
        }
    }

    @Test
    void deactivationEndsSessionsAtOnce() {
        var officers = addMunicipalityWithOfficers();
        var first = loggedIn(officers.first(), "eerste@gemeente1960.test");
        var second = loggedIn(officers.second(), "tweede@gemeente1960.test");
        assertThat(second.get(ADDED).statusCode()).isEqualTo(200);
        first.get(ADDED);

        var deactivated = first.post(ADDED + "/" + officers.second().accountId() + "/deactivate", Map.of());
        var afterwards = second.get(ADDED);
        var listed = first.get(ADDED).body();

        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(afterwards)).startsWith("/login");
        assertThat(sessionCount(officers.second().accountId())).isZero();
        assertThat(row(listed, officers.second().accountId()))
                .contains("Gedeactiveerd", "Tweede Medewerker heractiveren");
        clock.setInstant(clock.instant().plusSeconds(30));
        var relogin = new WebSession(port)
                .logIn(
                        "tweede@gemeente1960.test",
                        TestAccounts.PASSWORD,
                        TestAccounts.totpCode(officers.second().totpSecret(), clock.instant()));
        assertThat(WebSession.location(relogin)).isEqualTo("/login?error");
    }

    @Test
    void reactivatedOfficerLogsInAgain() {
        var officers = addMunicipalityWithOfficers();
        var first = loggedIn(officers.first(), "eerste@gemeente1960.test");
        first.get(ADDED);
        first.post(ADDED + "/" + officers.second().accountId() + "/deactivate", Map.of());
        first.get(ADDED);

        var reactivated = first.post(ADDED + "/" + officers.second().accountId() + "/reactivate", Map.of());
        var reactivatedPage = first.get(ADDED).body();
        var repeated = first.post(ADDED + "/" + officers.second().accountId() + "/reactivate", Map.of());
        var repeatedPage = first.get(ADDED).body();

        assertThat(reactivated.statusCode()).isEqualTo(302);
        assertThat(reactivatedPage).contains("Tweede Medewerker is weer actief.");
        assertThat(row(reactivatedPage, officers.second().accountId())).contains("Actief");
        assertThat(repeated.statusCode()).isEqualTo(302);
        assertThat(repeatedPage).contains("Tweede Medewerker was al actief. Er is niets veranderd.");
        assertThat(active(officers.second().accountId())).isTrue();
        loggedIn(officers.second(), "tweede@gemeente1960.test");
    }

    @Test
    void reinviteSendsNewLinkOnlyToInvitedOfficer() throws Exception {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(OWN);
        officer.post(OWN, invitation("Sara Gemeente", "sara@amsterdam.test", "nl"));
        awaitQueuedEmails();
        var firstLink = invitationPath("sara@amsterdam.test");
        var saraId = accountService.findByEmail("sara@amsterdam.test").orElseThrow();
        officer.get(OWN);

        var reinvited = officer.post(OWN + "/" + saraId + "/invite", Map.of());
        awaitQueuedEmails();
        var page = officer.get(OWN).body();
        var ownId = accounts.of(MUNICIPAL_OFFICER).accountId();
        var activeOfficer = officer.post(OWN + "/" + ownId + "/invite", Map.of());
        var activePage = officer.get(OWN).body();

        assertThat(reinvited.statusCode()).isEqualTo(302);
        assertThat(page)
                .contains("Sara Gemeente krijgt een nieuwe uitnodiging per e-mail. De vorige link werkt niet meer.");
        assertThat(smtp.getReceivedMessagesForDomain("sara@amsterdam.test")).hasSize(2);
        assertThat(new WebSession(port).get(firstLink).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port)
                        .get(invitationPath("sara@amsterdam.test"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(activeOfficer.statusCode()).isEqualTo(302);
        assertThat(activePage).contains("Noor Gemeente heeft de uitnodiging al aangenomen of is gedeactiveerd.");
    }

    @Test
    void foreignMunicipalityAndForeignOfficerAreNotFound() {
        var foreign = loggedIn(OTHER_MUNICIPAL_OFFICER);
        var ownId = accounts.of(MUNICIPAL_OFFICER).accountId();
        var foreignId = accounts.of(OTHER_MUNICIPAL_OFFICER).accountId();
        foreign.get("/municipality/0479/officers");

        var list = foreign.get(OWN);
        var invite = foreign.post(OWN, invitation("Sara Gemeente", "sara@amsterdam.test", "nl"));
        var deactivate = foreign.post(OWN + "/" + ownId + "/deactivate", Map.of());
        var throughOwnCode = foreign.post("/municipality/0479/officers/" + ownId + "/deactivate", Map.of());
        var reinvite = foreign.post(OWN + "/" + ownId + "/invite", Map.of());
        var reactivate = foreign.post(OWN + "/" + ownId + "/reactivate", Map.of());
        var notAnId = foreign.post("/municipality/0479/officers/not-an-id/deactivate", Map.of());
        var ownList = foreign.get("/municipality/officers");

        for (var response :
                new HttpResponse<?>[] {list, invite, deactivate, throughOwnCode, reinvite, reactivate, notAnId}) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat((String) response.body()).doesNotContain("Noor Gemeente", "noor@amsterdam.test");
        }
        assertThat(active(ownId)).isTrue();
        assertThat(accountService.findByEmail("sara@amsterdam.test")).isEmpty();
        assertThat(ownList.statusCode()).isEqualTo(200);
        assertThat(row(ownList.body(), foreignId)).contains("Otto Gemeente");
        assertThat(ownList.body()).doesNotContain("Noor Gemeente");
    }

    @Test
    void otherRolesAreForbidden() {
        for (var session : new WebSession[] {loggedIn(TEACHER), loggedIn(SCHOOL_ADMINISTRATOR)}) {
            for (var path : new String[] {"/municipality/officers", OWN}) {
                var response = session.get(path);

                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(response.body()).as(path).doesNotContain("Noor Gemeente");
            }
        }
    }

    @Test
    void shortPathListsMunicipalitiesForAdministrator() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var response = administrator.get("/municipality/officers");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Amsterdam", "Zaanstad");
    }

    @Test
    void listAndRejectedStepsAreAudited() {
        var officers = addMunicipalityWithOfficers();
        var session = loggedIn(officers.first(), "eerste@gemeente1960.test");
        session.get("/home");
        var before = chain.lastSequence();
        var firstId = officers.first().accountId();
        var secondId = officers.second().accountId();
        var municipality = administration.findMunicipality(ADDED_CODE).orElseThrow();

        session.get(ADDED);
        session.post(ADDED + "/" + firstId + "/deactivate", Map.of());
        session.post(ADDED + "/" + secondId + "/reactivate", Map.of());
        session.post(ADDED + "/" + secondId + "/invite", Map.of());
        session.post(ADDED, invitation("", "", ""));
        session.get(OWN);
        session.post(OWN + "/" + accounts.of(MUNICIPAL_OFFICER).accountId() + "/deactivate", Map.of());

        var actor = ExpectedEntry.of("read", "success", "list-officers")
                .byAccount(firstId, "municipal-officer", null, municipality);
        assertThat(chain.after(before))
                .containsExactly(
                        actor.about("officer-list", municipality).at(before + 1, NOW),
                        write(actor, "rejected", "deactivate-officer")
                                .about("account", firstId)
                                .at(before + 2, NOW),
                        write(actor, "rejected", "reactivate-officer")
                                .about("account", secondId)
                                .at(before + 3, NOW),
                        write(actor, "rejected", "reinvite-officer")
                                .about("account", secondId)
                                .at(before + 4, NOW),
                        write(actor, "rejected", "invite-officer").at(before + 5, NOW),
                        ExpectedEntry.of("read", "rejected", "list-officers")
                                .byAccount(firstId, "municipal-officer", null, municipality)
                                .at(before + 6, NOW),
                        write(actor, "rejected", "deactivate-officer")
                                .about("account", accounts.of(MUNICIPAL_OFFICER).accountId())
                                .at(before + 7, NOW));
    }

    @Test
    void successfulStepsAreAudited() {
        var officers = addMunicipalityWithOfficers();
        var session = loggedIn(officers.first(), "eerste@gemeente1960.test");
        session.get(ADDED);
        var before = chain.lastSequence();
        var secondId = officers.second().accountId();
        var municipality = administration.findMunicipality(ADDED_CODE).orElseThrow();

        var invited = session.post(ADDED, invitation("Derde Medewerker", "derde@gemeente1960.test", "nl"));
        var thirdId = accountService.findByEmail("derde@gemeente1960.test").orElseThrow();
        session.get("/home");
        var reinvited = session.post(ADDED + "/" + thirdId + "/invite", Map.of());
        var deactivated = session.post(ADDED + "/" + secondId + "/deactivate", Map.of());
        var reactivated = session.post(ADDED + "/" + secondId + "/reactivate", Map.of());
        awaitQueuedEmails();

        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(reinvited.statusCode()).isEqualTo(302);
        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(reactivated.statusCode()).isEqualTo(302);
        // The outbox appends an entry for each invitation email it sends, in the background.
        var steps = chain.after(before).stream()
                .filter(row -> !row.purpose().equals("invitation-email"))
                .toList();
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).sequence()).isEqualTo(before + 1);
        var actor = ExpectedEntry.of("write", "success", "invite-officer")
                .byAccount(officers.first().accountId(), "municipal-officer", null, municipality);
        assertThat(steps)
                .containsExactly(
                        actor.about("account", thirdId).at(before + 1, NOW),
                        write(actor, "success", "reinvite-officer")
                                .about("account", thirdId)
                                .at(steps.get(1).sequence(), NOW),
                        write(actor, "success", "deactivate-officer")
                                .about("account", secondId)
                                .at(steps.get(2).sequence(), NOW),
                        write(actor, "success", "reactivate-officer")
                                .about("account", secondId)
                                .at(steps.get(3).sequence(), NOW));
        assertThat(chain.after(before).stream().filter(row -> row.purpose().equals("invitation-email")))
                .hasSize(2);
    }

    @Test
    void foreignStepsAreAuditedAsRejected() {
        var foreign = loggedIn(OTHER_MUNICIPAL_OFFICER);
        foreign.get("/home");
        var before = chain.lastSequence();
        var ownId = accounts.of(MUNICIPAL_OFFICER).accountId();

        foreign.get(OWN);
        foreign.post(OWN + "/" + ownId + "/deactivate", Map.of());
        foreign.post(OWN, invitation("Sara Gemeente", "sara@amsterdam.test", "nl"));

        var actor = ExpectedEntry.of("read", "rejected", "list-officers")
                .byAdministrator(accounts, OTHER_MUNICIPAL_OFFICER);
        assertThat(chain.after(before))
                .containsExactly(
                        actor.at(before + 1, NOW),
                        write(actor, "rejected", "deactivate-officer")
                                .about("account", ownId)
                                .at(before + 2, NOW),
                        write(actor, "rejected", "invite-officer").at(before + 3, NOW));
    }

    /** Two active officers of a municipality that this test adds, and the reset deletes. */
    private record Officers(Enrolment first, Enrolment second) {}

    private Officers addMunicipalityWithOfficers() {
        var municipality = administration.addMunicipality(UUID.randomUUID(), ADDED_CODE, "Testgemeente");
        var first = accountService.create(
                NewAccount.municipalOfficer(
                        "eerste@gemeente1960.test", "Eerste Medewerker", Locale.forLanguageTag("nl"), municipality),
                TestAccounts.PASSWORD);
        var second = accountService.create(
                NewAccount.municipalOfficer(
                        "tweede@gemeente1960.test", "Tweede Medewerker", Locale.forLanguageTag("nl"), municipality),
                TestAccounts.PASSWORD);
        return new Officers(first, second);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other request did not start", e);
        }
    }

    private WebSession loggedIn(Enrolment officer, String email) {
        var session = new WebSession(port);
        var login = session.logIn(
                email, TestAccounts.PASSWORD, TestAccounts.totpCode(officer.totpSecret(), clock.instant()));
        assertThat(WebSession.location(login)).as("login of %s", email).isEqualTo("/home");
        return session;
    }

    private static ExpectedEntry write(ExpectedEntry actor, String outcome, String purpose) {
        return new ExpectedEntry(
                "write",
                outcome,
                purpose,
                actor.actorType(),
                actor.actorId(),
                actor.actorRole(),
                actor.actorOrganisationId(),
                actor.actorMunicipalityId(),
                null,
                "127.0.0.1",
                null,
                null,
                null);
    }

    /** Opens the link of the last invitation email to the address and accepts it. Returns the TOTP secret. */
    private String acceptInvitation(String email) throws Exception {
        awaitQueuedEmails();
        var path = invitationPath(email);
        var session = new WebSession(port);
        var page = session.get(path);
        var matcher = SECRET.matcher(page.body());
        assertThat(matcher.find())
                .as("the invitation page shows the TOTP secret")
                .isTrue();
        var secret = matcher.group(1).replace(" ", "");

        var accepted = session.post(
                path,
                Map.of(
                        "password", NEW_PASSWORD,
                        "passwordRepeat", NEW_PASSWORD,
                        "code", TestAccounts.totpCode(secret, clock.instant())));

        assertThat(accepted.statusCode()).isEqualTo(200);
        return secret;
    }

    private String invitationPath(String email) throws Exception {
        var received = smtp.getReceivedMessagesForDomain(email);
        assertThat(received).as("invitation emails to %s", email).isNotEmpty();
        var matcher = LINK.matcher(Emails.text(received[received.length - 1]));
        assertThat(matcher.find()).as("the email contains an invitation link").isTrue();
        return matcher.group(1);
    }

    private static Map<String, String> invitation(String name, String email, String language) {
        return Map.of("inviteeName", name, "inviteeEmail", email, "inviteeLanguage", language);
    }

    /** Returns the officer's table row, from its id attribute up to its closing tag. */
    private static String row(String body, UUID officerId) {
        var start = body.indexOf("id=\"officer-" + officerId + "\"");
        assertThat(start).as("row of officer %s", officerId).isNotNegative();
        return body.substring(start, body.indexOf("</tr>", start));
    }

    private long officerCount(UUID municipality) {
        return jdbc.sql("select count(*) from accounts where role = 'municipal-officer' and municipality_id = ?")
                .param(municipality)
                .query(Long.class)
                .single();
    }

    private boolean active(UUID accountId) {
        return jdbc.sql("select active from accounts where id = ?")
                .param(accountId)
                .query(Boolean.class)
                .single();
    }

    private long sessionCount(UUID accountId) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(accountId.toString())
                .query(Long.class)
                .single();
    }
}
