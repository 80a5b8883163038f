package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.SISTER;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The notice to the municipal coordinator of the child's municipality when a match has members
 * whose organisations belong to more than one municipality. TEACHER, NURSE and CARER work for
 * organisations of Amsterdam (0363), OTHER_TOWN_TEACHER for one of Zaanstad (0479).
 */
class BorderNoticeIntegrationTests extends IntegrationTest {

    private static final String AMSTERDAM_COORDINATOR = "regie@amsterdam.test";
    private static final String ZAANSTAD_COORDINATOR = "regie@zaanstad.test";

    /** What the RvIG test data contains about CHILD: BSN, first name, surname and birth date. */
    private static final List<String> CHILD_DATA = List.of(CHILD, "Mira", "Maasland", "2017-01-01", "20170101");

    @Autowired
    BorderCheck borderCheck;

    @Autowired
    Pseudonymisation pseudonymisation;

    @Autowired
    ApplicationContext context;

    Matches matches;
    ChildResidenceRows residences;

    @BeforeEach
    void setUp() {
        matches = new Matches(port);
        residences = new ChildResidenceRows(jdbc, pseudonymisation, clock);
        setCoordinator(MUNICIPALITY, AMSTERDAM_COORDINATOR);
        setCoordinator(OTHER_MUNICIPALITY, ZAANSTAD_COORDINATOR);
    }

    @Test
    void crossingMatchSendsNoticeToChildsMunicipality() throws Exception {
        residences.livesIn(CHILD, "0363");

        matches.register(NURSE, CHILD);
        matches.register(OTHER_TOWN_TEACHER, CHILD);

        var email = single(received(AMSTERDAM_COORDINATOR));
        assertThat(received(ZAANSTAD_COORDINATOR)).isEmpty();
        assertThat(email.getSubject()).isEqualTo("Match over de gemeentegrens bij een jeugdige in Amsterdam");
        assertThat(email.getMessageID()).matches("<border\\.[0-9a-f-]{36}@localhost>");
        assertThat(Emails.text(email)).isEqualTo("""
                        Beste regievoerder van de gemeente Amsterdam,

                        In de verwijsindex is een kindmatch gemaakt over een jeugdige die volgens de \
                        Basisregistratie Personen in de gemeente Amsterdam staat ingeschreven. De beroepskrachten \
                        in deze match werken voor organisaties uit meer dan één gemeente. Hieronder staat wie er \
                        betrokken is, zodat u de samenwerking over de gemeentegrens kunt volgen.

                        Soort match: kindmatch
                        Datum van de match: 4 december 2026
                        Status: Nieuw: nog geen contact vastgelegd
                        Voorgestelde regievoerder: niemand
                        Regievoerder: niemand

                        Beroepskrachten in de match

                        Carla Smit
                        Organisatie: JGZ Haaglanden
                        Gemeente van de organisatie: Amsterdam

                        Jan Hoekstra
                        Organisatie: Montessorischool Zaandam
                        Gemeente van de organisatie: Zaanstad

                        Deze e-mail is automatisch verstuurd door de verwijsindex. Hij bevat bewust geen gegevens \
                        over de jeugdige, zoals het burgerservicenummer, de naam, de geboortedatum of het adres. De \
                        lijst van matches zonder contact van uw gemeente staat in de verwijsindex onder Gemeente.
                        """);
        assertThat(Emails.html(email))
                .contains("<html lang=\"nl\">", ">Carla Smit</th>", ">Jan Hoekstra</th>", ">Zaanstad</td>");
        assertNoChildData(email);
    }

    @Test
    void sentNoticeRecordsAuditEntry() throws Exception {
        residences.livesIn(CHILD, "0363");
        matches.register(NURSE, CHILD);
        awaitQueuedEmails();
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        matches.register(OTHER_TOWN_TEACHER, CHILD);
        var messageId = single(received(AMSTERDAM_COORDINATOR)).getMessageID();
        awaitQueuedEmails();

        var noticeId = messageId.substring(messageId.indexOf('.') + 1, messageId.indexOf('@'));
        var entries = chain.after(before).stream()
                .filter(row -> row.purpose().equals("tell-border-crossing-match"))
                .toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0))
                .isEqualTo(ExpectedEntry.of("notification", "success", "tell-border-crossing-match")
                        .bySystem("notification-dispatcher")
                        .from(null)
                        .about("message", UUID.fromString(noticeId))
                        .at(entries.get(0).sequence(), clock.instant()));
    }

    @Test
    void oneMunicipalityMatchSendsNothing() throws Exception {
        residences.livesIn(CHILD, "0363");

        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        var match = matches.onlyMatchOf(NURSE);

        assertThat(received(AMSTERDAM_COORDINATOR)).isEmpty();
        Thread.sleep(500);
        assertThat(received(AMSTERDAM_COORDINATOR)).isEmpty();
        assertThat(municipalityRows(match)).containsExactly(new MunicipalityRow("0363", true, null));
        assertThat(checkDue(match)).isFalse();
    }

    @Test
    void memberJoiningAcrossBorderSendsOneNotice() throws Exception {
        residences.livesIn(CHILD, "0363");
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        var match = matches.onlyMatchOf(NURSE);
        clock.setDate(DEFAULT_TODAY.plusDays(3));

        matches.register(OTHER_TOWN_TEACHER, CHILD);
        var first = received(AMSTERDAM_COORDINATOR);
        matches.register(CARER, CHILD);
        jdbc.sql("update overseen_matches set check_due = true where match_id = ?")
                .param(match)
                .update();
        var checked = borderCheck.checkAllDue();

        assertThat(single(first).getSubject()).isEqualTo("Match over de gemeentegrens bij een jeugdige in Amsterdam");
        assertThat(Emails.text(first.get(0)))
                .contains(
                        "Datum van de match: 4 december 2026\n",
                        "Anna de Vries\n",
                        "Carla Smit\n",
                        "Jan Hoekstra\nOrganisatie: Montessorischool Zaandam\nGemeente van de organisatie: Zaanstad\n");
        assertThat(checked).isEqualTo(1);
        Thread.sleep(500);
        assertThat(received(AMSTERDAM_COORDINATOR)).hasSize(1);
        assertThat(municipalityRows(match))
                .containsExactly(new MunicipalityRow("0363", true, DEFAULT_TODAY.plusDays(3)));
    }

    @Test
    void municipalityWithoutCoordinatorGetsNothing() throws Exception {
        setCoordinator(MUNICIPALITY, null);
        residences.livesIn(CHILD, "0363");

        matches.register(NURSE, CHILD);
        matches.register(OTHER_TOWN_TEACHER, CHILD);
        var match = matches.onlyMatchOf(NURSE);

        Thread.sleep(500);
        assertThat(smtpRecipients()).doesNotContain(AMSTERDAM_COORDINATOR, ZAANSTAD_COORDINATOR);
        assertThat(noticeCount()).isZero();
        assertThat(municipalityRows(match)).containsExactly(new MunicipalityRow("0363", true, DEFAULT_TODAY));
    }

    @Test
    void familyMatchTellsEachChildsMunicipalityOnce() throws Exception {
        residences.livesIn(CHILD, "0363");
        residences.livesIn(SISTER, "0479");

        matches.register(TEACHER, CHILD);
        matches.register(OTHER_TOWN_TEACHER, SISTER);

        var amsterdam = single(received(AMSTERDAM_COORDINATOR));
        var zaanstad = single(received(ZAANSTAD_COORDINATOR));
        assertThat(Emails.text(amsterdam))
                .contains(
                        "In de verwijsindex is een gezinsmatch gemaakt over jeugdigen met een gemeenschappelijke"
                                + " ouder, van wie er ten minste één volgens de Basisregistratie Personen in de"
                                + " gemeente Amsterdam staat ingeschreven.",
                        "Soort match: gezinsmatch\n");
        assertThat(zaanstad.getSubject()).isEqualTo("Match over de gemeentegrens bij een jeugdige in Zaanstad");
        assertThat(Emails.text(zaanstad)).startsWith("Beste regievoerder van de gemeente Zaanstad,\n");
    }

    @Test
    void checkWaitsForChildsMunicipality() throws Exception {
        residences.livesIn(CHILD, "0363");
        matches.register(NURSE, CHILD);
        matches.register(OTHER_TOWN_TEACHER, CHILD);
        var match = matches.onlyMatchOf(NURSE);
        single(received(AMSTERDAM_COORDINATOR));
        // Back to the state right after the matching commit, before the register named the child's
        // municipality. Deleting the municipality rows deletes the record of the notice, so a second one follows.
        jdbc.sql("delete from overseen_match_municipalities where match_id = ?")
                .param(match)
                .update();
        jdbc.sql("update overseen_matches set check_due = true, due_since = ? where match_id = ?")
                .params(DEFAULT_TODAY, match)
                .update();
        residences.forget(CHILD);

        var sameDay = borderCheck.check(match);
        clock.setDate(DEFAULT_TODAY.plusDays(1));
        var nextDay = borderCheck.check(match);
        residences.livesIn(CHILD, "0363");
        var afterRegisterAnswered = borderCheck.check(match);

        assertThat(sameDay).isFalse();
        assertThat(nextDay).isFalse();
        assertThat(afterRegisterAnswered).isTrue();
        assertThat(received(AMSTERDAM_COORDINATOR)).hasSize(2);
        assertThat(checkDue(match)).isFalse();
    }

    @Test
    void checkGoesOnWithoutMunicipalityAfterTwoDays() throws Exception {
        residences.livesIn(CHILD, "0363");
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        var match = matches.onlyMatchOf(NURSE);
        jdbc.sql("update overseen_matches set check_due = true, due_since = ? where match_id = ?")
                .params(DEFAULT_TODAY, match)
                .update();
        residences.forget(CHILD);

        clock.setDate(DEFAULT_TODAY.plusDays(1));
        var dayAfter = borderCheck.check(match);
        clock.setDate(DEFAULT_TODAY.plusDays(2));
        var twoDaysAfter = borderCheck.check(match);

        assertThat(dayAfter).isFalse();
        assertThat(twoDaysAfter).isTrue();
        assertThat(municipalityRows(match)).containsExactly(new MunicipalityRow("0363", false, null));
    }

    private void setCoordinator(UUID municipality, @org.jspecify.annotations.Nullable String email) {
        jdbc.sql("update municipalities set coordinator_email = ? where id = ?")
                .params(email, municipality)
                .update();
    }

    /** Waits until every check is done and every notice is sent, and returns the emails to the address. */
    private List<MimeMessage> received(String address) throws Exception {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> noticeCount() == 0
                        && jdbc.sql("select count(*) from overseen_matches where check_due")
                                        .query(Long.class)
                                        .single()
                                == 0);
        var emails = new ArrayList<MimeMessage>();
        for (var email : smtp.getReceivedMessages()) {
            if (email.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                emails.add(email);
            }
        }
        return emails;
    }

    private List<String> smtpRecipients() throws Exception {
        var recipients = new ArrayList<String>();
        for (var email : smtp.getReceivedMessages()) {
            recipients.add(email.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        return recipients;
    }

    private long noticeCount() {
        return jdbc.sql("select count(*) from border_notices").query(Long.class).single();
    }

    private boolean checkDue(UUID match) {
        return jdbc.sql("select check_due from overseen_matches where match_id = ?")
                .param(match)
                .query(Boolean.class)
                .single();
    }

    private List<MunicipalityRow> municipalityRows(UUID match) {
        return jdbc.sql("""
                        select municipality_code, current, noticed_on from overseen_match_municipalities
                         where match_id = ? order by municipality_code
                        """)
                .param(match)
                .query((rs, row) -> new MunicipalityRow(
                        rs.getString(1), rs.getBoolean(2), rs.getObject(3, java.time.LocalDate.class)))
                .list();
    }

    private static MimeMessage single(List<MimeMessage> emails) {
        assertThat(emails).hasSize(1);
        return emails.get(0);
    }

    private static void assertNoChildData(MimeMessage email) throws Exception {
        for (var part : List.of(email.getSubject(), Emails.text(email), Emails.html(email))) {
            for (var value : CHILD_DATA) {
                assertThat(part).doesNotContain(value);
            }
        }
    }

    private record MunicipalityRow(
            String code, boolean current, java.time.@org.jspecify.annotations.Nullable LocalDate noticedOn) {}
}
