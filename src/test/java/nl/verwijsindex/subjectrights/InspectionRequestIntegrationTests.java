package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_13;
import static nl.verwijsindex.subjectrights.RightsFixtures.LIST;
import static nl.verwijsindex.subjectrights.RightsFixtures.SECOND_OFFICER;
import static nl.verwijsindex.subjectrights.RightsFixtures.SIBLING_15;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An inspection request from recording to the approved letter, with the audit entries of each step. */
class InspectionRequestIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;
    TestApi api;
    UUID officer;
    UUID secondOfficer;

    @BeforeEach
    void prepare() {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
        officer = accounts.of(MUNICIPAL_OFFICER).accountId();
        secondOfficer = accounts.of(SECOND_OFFICER).accountId();
    }

    @Test
    void recordingStoresOpenRequestWithDeadline() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");

        var row = jdbc.sql("select kind, requester, stated_age, received_on, deadline, status, child_pseudonym"
                        + " from rights_requests where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("kind")).isEqualTo("inspection");
        assertThat(row.get("requester")).isEqualTo("parent-and-child");
        assertThat(row.get("stated_age")).isEqualTo("12-to-15");
        assertThat(row.get("received_on").toString()).isEqualTo("2026-12-01");
        assertThat(row.get("deadline").toString()).isEqualTo("2026-12-29");
        assertThat(row.get("status")).isEqualTo("open");
        assertThat(row.get("child_pseudonym")).isNull();
        assertThat(chain.after(before)).containsExactly(entry(before + 1, officer, "write", "success", id, null));
    }

    @Test
    void recordingRejectsRequesterThatBreaksAgeRule() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        session.get(LIST + "/new");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = session.post(
                LIST + "/new",
                Map.of(
                        "kind",
                        "objection",
                        "requester",
                        "parent",
                        "statedAge",
                        "16-and-older",
                        "receivedOn",
                        "2026-12-01"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Vanaf 16 jaar dient de jongere het verzoek zelf in.");
        assertThat(jdbc.sql("select count(*) from rights_requests")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(chain.after(before))
                .extracting(
                        AuditChain.Row::action,
                        AuditChain.Row::outcome,
                        AuditChain.Row::actorId,
                        AuditChain.Row::objectType,
                        AuditChain.Row::objectId,
                        AuditChain.Row::child,
                        AuditChain.Row::purpose)
                .containsExactly(tuple("write", "rejected", officer.toString(), null, null, null, "rights-request"));
    }

    @Test
    void recordingRejectsDateReceivedTomorrow() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        session.get(LIST + "/new");

        var response = session.post(
                LIST + "/new",
                Map.of(
                        "kind",
                        "inspection",
                        "requester",
                        "parent",
                        "statedAge",
                        "under-12",
                        "receivedOn",
                        "2026-12-05"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("De datum van ontvangst ligt in de toekomst.");
        assertThat(jdbc.sql("select count(*) from rights_requests")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void lookUpRejectsRegisterAgeMismatch() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        // The requester states that the child is under 12, but the register's birth date makes it 13.
        var id = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-12-01");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", CHILD_13));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Volgens de Basisregistratie Personen is het kind 12 tot 16 jaar");
        assertThat(response.body()).doesNotContain(CHILD_13);
        assertThat(jdbc.sql("select child_pseudonym is null from rights_requests where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(chain.after(before))
                .containsExactly(
                        entry(before + 1, officer, "read", "success", id, null),
                        entry(before + 2, officer, "search", "rejected", id, pseudonym(CHILD_13)));
    }

    @Test
    void lookUpRejectsBsnThatFailsElevenTest() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", "123456789"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Het BSN is ongeldig.");
        assertThat(chain.after(before))
                .containsExactly(
                        entry(before + 1, officer, "read", "success", id, null),
                        entry(before + 2, officer, "search", "rejected", id, null));
    }

    @Test
    void sameOfficerCannotApproveOwnProposal() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
        RightsFixtures.step(session, id, "look-up", Map.of("bsn", CHILD_13));
        RightsFixtures.step(session, id, "propose", Map.of("outcome", "letter-ready", "note", ""));
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "approve", Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("U heeft dit voorstel zelf gedaan.");
        assertThat(status(id)).isEqualTo("proposed");
        // The page read before the attempt is one entry, the rejected approval the next.
        assertThat(chain.after(before))
                .containsExactly(
                        entry(before + 1, officer, "read", "success", id, pseudonym(CHILD_13)),
                        entry(before + 2, officer, "write", "rejected", id, pseudonym(CHILD_13)));
    }

    @Test
    void inspectionFromRecordingToApprovedLetter() {
        clock.setDate(LocalDate.parse("2026-11-20"));
        var teacherSignal = api.register(SCHOOL.apiToken(), CHILD_13, TEACHER.id())
                .body()
                .path("id")
                .asString();
        var carerSignal = api.register(YOUTH_CARE.apiToken(), CHILD_13, CARER.id())
                .body()
                .path("id")
                .asString();
        clock.setDate(DEFAULT_TODAY);
        var officerSession = loggedIn(MUNICIPAL_OFFICER);
        var secondSession = loggedIn(SECOND_OFFICER);
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var id = RightsFixtures.record(officerSession, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
        var lookUp = RightsFixtures.step(officerSession, id, "look-up", Map.of("bsn", CHILD_13));
        var propose = RightsFixtures.step(officerSession, id, "propose", Map.of("outcome", "letter-ready"));
        var approve = RightsFixtures.step(secondSession, id, "approve", Map.of());
        var letter = RightsFixtures.letter(port, secondSession, id);

        assertThat(lookUp.statusCode()).isEqualTo(302);
        assertThat(propose.statusCode()).isEqualTo(302);
        assertThat(approve.statusCode()).isEqualTo(302);
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(status(id)).isEqualTo("approved");
        var child = pseudonym(CHILD_13);
        assertThat(chain.after(before))
                .containsExactly(
                        entry(before + 1, officer, "write", "success", id, null),
                        entry(before + 2, officer, "read", "success", id, null),
                        entry(before + 3, officer, "search", "success", id, child),
                        entry(before + 4, officer, "read", "success", id, child),
                        entry(before + 5, officer, "write", "success", id, child),
                        entry(before + 6, secondOfficer, "read", "success", id, child),
                        entry(before + 7, secondOfficer, "write", "success", id, child),
                        entry(before + 8, secondOfficer, "export", "success", id, child));

        var text = RightsFixtures.text(letter.body()).replaceAll("\\s*\\R\\s*", " ");
        var number = jdbc.sql("select number from rights_requests where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        var numbers = jdbc.sql("select number from signals where id in (?, ?) order by number")
                .params(UUID.fromString(teacherSignal), UUID.fromString(carerSignal))
                .query(Long.class)
                .list();
        assertThat(text).contains("Afzender: gemeente Amsterdam Datum: 04-12-2026");
        assertThat(text).contains("Verzoek om inzage nummer " + number + ", ontvangen op 01-12-2026");
        assertThat(text).contains("Meldingen (2)");
        assertThat(text)
                .contains(
                        "Melding " + numbers.get(0) + ": Basisschool De Regenboog, Anna de Vries, gemeld op 20-11-2026,"
                                + " actief, loopt tot 20-11-2027.");
        assertThat(text)
                .contains("Melding " + numbers.get(1) + ": Jeugdhulp Zuid, Eva Visser, gemeld op 20-11-2026,"
                        + " actief, loopt tot 20-11-2027.");
        assertThat(text).contains("Matches (1)");
        assertThat(text)
                .contains("Kindmatch sinds 20-11-2026, tussen: Anna de Vries (Basisschool De Regenboog),"
                        + " Eva Visser (Jeugdhulp Zuid).");
        assertThat(text)
                .contains("20-11-2026 12:00:00: vastgelegd of gewijzigd door het systeem van Basisschool De Regenboog"
                        + " namens Anna de Vries, doel: melding gedaan, resultaat gelukt.");
        assertThat(text)
                .contains("20-11-2026 12:00:00: vastgelegd of gewijzigd door het systeem van Jeugdhulp Zuid"
                        + " namens Eva Visser, doel: melding gedaan, resultaat gelukt.");
        assertThat(text)
                .contains("04-12-2026 12:00:00: opgezocht door een medewerker van de gemeente, doel: verzoek om"
                        + " inzage, correctie of bezwaar behandeld, resultaat gelukt.");
        // The letter lists every entry about the child before this export, earlier exports included.
        chain.awaitChained();
        var accesses = jdbc.sql("""
                        select count(*) from audit_entries
                         where child_pseudonym = :child
                           and sequence < (select max(sequence) from audit_entries
                                            where child_pseudonym = :child and action = 'export')
                        """)
                .param("child", HexFormat.of().parseHex(child))
                .query(Long.class)
                .single();
        assertThat(text).contains("Wie de gegevens heeft gebruikt (" + accesses + ")");
        assertThat(text).doesNotContain(CHILD_13);
        // Other tests may have exported a letter about this child before: those exports are listed.
        var earlierExports = jdbc.sql("""
                        select count(*) from audit_entries
                         where child_pseudonym = :child and action = 'export'
                           and sequence < (select max(sequence) from audit_entries
                                            where child_pseudonym = :child and action = 'export')
                        """)
                .param("child", HexFormat.of().parseHex(child))
                .query(Long.class)
                .single();
        assertThat(text.split("afgedrukt of verstuurd", -1).length - 1L).isEqualTo(earlierExports);
        assertThat(text).doesNotContain("register-signal");
        assertThat(text).doesNotContain("rights-request");
        assertThat(text)
                .endsWith("Uw verdere rechten Klopt er iets niet, dan kunt u de gemeente Amsterdam vragen om de"
                        + " gegevens te corrigeren. U kunt ook bezwaar maken tegen de meldingen; als de gemeente het"
                        + " bezwaar gegrond vindt, worden de meldingen vernietigd en krijgen de beroepskrachten"
                        + " daarover bericht. Bent u het niet eens met hoe de gemeente met uw gegevens omgaat, dan"
                        + " kunt u een klacht indienen bij de Autoriteit Persoonsgegevens. ");
    }

    @Test
    void letterPrintsNamesOutsideWinAnsi() {
        clock.setDate(LocalDate.parse("2026-11-20"));
        var teacherSignal = api.register(SCHOOL.apiToken(), CHILD_13, TEACHER.id())
                .body()
                .path("id")
                .asString();
        api.register(YOUTH_CARE.apiToken(), CHILD_13, CARER.id());
        awaitQueuedEmails();
        clock.setDate(DEFAULT_TODAY);
        var end = api.end(SCHOOL.apiToken(), teacherSignal, "risk-gone");
        jdbc.sql("update professionals set name = ? where id = ?")
                .params("Łukasz Şahin-Nguyễn", CARER.id())
                .update();
        try {
            var letter = approvedLetter(CHILD_13);
            var text = RightsFixtures.text(letter).replaceAll("\\s*\\R\\s*", " ");

            assertThat(end.status()).isEqualTo(200);
            assertThat(text)
                    .contains("Kindmatch sinds 20-11-2026, beëindigd op 04-12-2026, tussen: Anna de Vries (Basisschool"
                            + " De Regenboog, melding gearchiveerd), Łukasz Şahin-Nguyễn (Jeugdhulp Zuid).");
            assertThat(text)
                    .contains("door de e-mailverzending van de verwijsindex, doel: e-mail over een match"
                            + " verstuurd, resultaat gelukt.");
            assertThat(text).doesNotContain("notification-dispatcher");
            assertThat(text).doesNotContain("match-notification");
            assertThat(text).doesNotContain("?");
            assertThat(language(letter)).isEqualTo("nl-NL");
        } finally {
            jdbc.sql("update professionals set name = ? where id = ?")
                    .params(CARER.name(), CARER.id())
                    .update();
        }
    }

    @Test
    void letterNamesProfessionalWhoActedThroughAccount() {
        clock.setDate(LocalDate.parse("2026-11-20"));
        var teacher = loggedIn(TEACHER);
        teacher.get("/signals/new");
        var registration = teacher.post("/signals/new", Map.of("bsn", CHILD_13, "ownReference", "", "endDate", ""));
        clock.setDate(DEFAULT_TODAY);

        var text = approvedLetterText(CHILD_13);

        assertThat(registration.statusCode()).isEqualTo(302);
        assertThat(text)
                .contains("20-11-2026 12:00:00: vastgelegd of gewijzigd door beroepskracht Anna de Vries van"
                        + " Basisschool De Regenboog, doel: melding gedaan, resultaat gelukt.");
        assertThat(text).doesNotContain("een beroepskracht van");
        assertThat(text).doesNotContain(TEACHER.email());
    }

    @Test
    void familyMatchNamesOtherChildOrganisationOnly() {
        clock.setDate(LocalDate.parse("2026-11-20"));
        var own = api.register(SCHOOL.apiToken(), CHILD_13, TEACHER.id());
        var sibling = api.register(YOUTH_CARE.apiToken(), SIBLING_15, CARER.id());
        clock.setDate(DEFAULT_TODAY);

        var text = approvedLetterText(CHILD_13);

        assertThat(own.status()).isEqualTo(201);
        assertThat(sibling.status()).isEqualTo(201);
        assertThat(text).contains("Meldingen (1)");
        assertThat(text).contains("Matches (1)");
        assertThat(text)
                .contains("Gezinsmatch sinds 20-11-2026, tussen: Anna de Vries (Basisschool De Regenboog) en, bij een"
                        + " ander kind uit het gezin, beroepskrachten van: Jeugdhulp Zuid.");
        // The audit trail is never emptied, so the access log also lists earlier tests' entries about the child.
        assertThat(matchesSection(text)).doesNotContain(CARER.name());
        assertThat(text).doesNotContain(CARER.email());
    }

    @Test
    void familyMatchHidesSiblingColleague() {
        clock.setDate(LocalDate.parse("2026-11-20"));
        api.register(SCHOOL.apiToken(), CHILD_13, TEACHER.id());
        api.register(SCHOOL.apiToken(), SIBLING_15, HEADTEACHER.id());
        clock.setDate(DEFAULT_TODAY);

        var text = approvedLetterText(CHILD_13);

        assertThat(text)
                .contains("Gezinsmatch sinds 20-11-2026, tussen: Anna de Vries (Basisschool De Regenboog) en, bij een"
                        + " ander kind uit het gezin, beroepskrachten van: Basisschool De Regenboog.");
        assertThat(text).doesNotContain(HEADTEACHER.name());
    }

    /** Returns the letter's list of matches, from its heading to the heading of the access log. */
    private static String matchesSection(String text) {
        return text.substring(text.indexOf("Matches ("), text.indexOf("Wie de gegevens heeft gebruikt"));
    }

    private static String language(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getDocumentCatalog().getLanguage();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Takes an inspection of the child from recording to the approved letter, and returns its text on one line. */
    private String approvedLetterText(String bsn) {
        return RightsFixtures.text(approvedLetter(bsn)).replaceAll("\\s*\\R\\s*", " ");
    }

    /** Takes an inspection of the child from recording to the approved letter, and returns the PDF. */
    private byte[] approvedLetter(String bsn) {
        var officerSession = loggedIn(MUNICIPAL_OFFICER);
        var secondSession = loggedIn(SECOND_OFFICER);
        var id = RightsFixtures.record(officerSession, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
        RightsFixtures.step(officerSession, id, "look-up", Map.of("bsn", bsn));
        RightsFixtures.step(officerSession, id, "propose", Map.of("outcome", "letter-ready"));
        RightsFixtures.step(secondSession, id, "approve", Map.of());
        var letter = RightsFixtures.letter(port, secondSession, id);
        assertThat(letter.statusCode()).isEqualTo(200);
        return letter.body();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from rights_requests where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String pseudonym(String bsn) {
        return HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(bsn)).value());
    }

    private AuditChain.Row entry(
            long sequence, UUID account, String action, String outcome, UUID request, @Nullable String child) {
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                action,
                outcome,
                "account",
                account.toString(),
                "municipal-officer",
                null,
                MUNICIPALITY,
                null,
                "127.0.0.1",
                "rights-request",
                request.toString(),
                child,
                child == null ? null : 1,
                "rights-request");
    }
}
