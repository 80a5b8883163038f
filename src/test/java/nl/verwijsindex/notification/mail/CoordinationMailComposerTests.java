package nl.verwijsindex.notification.mail;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.coordination.CoordinationChanged.Change;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.organisations.ProfessionalContact;
import org.junit.jupiter.api.Test;

class CoordinationMailComposerTests {

    private static final UUID MESSAGE_ID = UUID.fromString("0c9e7a51-3f2d-4b8a-a6e1-5d4c3b2a1f00");

    private final CoordinationMailComposer composer = new CoordinationMailComposer(
            Notifications.composer(),
            new ReminderMailComposer(Notifications.composer(), "https://verwijsindex.gemeente.test/"));

    @Test
    void headersNameRecipientAndChange() throws Exception {
        var email = composer.compose(familyProposal(Notifications.contact(TEACHER)));

        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("anna.devries@school.test");
        assertThat(email.getSubject())
                .isEqualTo("Verwijsindex: voorstel voor een regievoerder in uw gezinsmatch van 1 december 2026");
        assertThat(email.getMessageID()).isEqualTo("<coordination.0c9e7a51-3f2d-4b8a-a6e1-5d4c3b2a1f00@gemeente.test>");
        assertThat(email.getHeader("Content-Language", null)).isEqualTo("nl");
        assertThat(email.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    }

    @Test
    void htmlEscapesNamesAndLinksToMatches() throws Exception {
        var actor = new ProfessionalContact(
                UUID.randomUUID(),
                "<b>Jan</b>",
                UUID.randomUUID(),
                "Zorg & Welzijn",
                "jan@zorg.test",
                null,
                Locale.forLanguageTag("nl"));
        var recipient = Notifications.contact(TEACHER);
        var contactRecorded = new CoordinationEmail(
                MESSAGE_ID,
                Change.CONTACT_RECORDED,
                MatchType.CHILD,
                LocalDate.of(2026, 12, 1),
                recipient,
                7,
                actor,
                CoordinationStatus.IN_CONTACT,
                null,
                null);

        var html = Emails.html(composer.compose(contactRecorded));

        assertThat(html).contains("&lt;b&gt;Jan&lt;/b&gt; (Zorg &amp; Welzijn) heeft vastgelegd");
        assertThat(html).doesNotContain("<b>Jan</b>");
        assertThat(html).contains("<a href=\"https://verwijsindex.gemeente.test/matches\">Naar Mijn matches</a>");
        assertThat(html).contains("<html lang=\"nl\">");
        assertThat(html).doesNotContain("U bent gevraagd");
    }

    @Test
    void proposedRecipientIsAsked() throws Exception {
        var nurse = Notifications.contact(NURSE);

        var email = composer.compose(familyProposal(nurse));

        assertThat(email.getSubject())
                .isEqualTo("Verwijsindex: u bent voorgesteld als regievoerder in uw gezinsmatch van 1 december 2026");
        assertThat(Emails.text(email)).isEqualTo("""
                Beste Carla Smit,

                Eva Visser (Jeugdhulp Zuid) heeft u voorgesteld als regievoerder van deze match.

                U bent gevraagd om regievoerder van deze match te worden. Accepteer het voorstel of wijs het af \
                op de pagina Mijn matches.

                De match nu

                Soort match: gezinsmatch
                Datum van de match: 1 december 2026
                Nummer van uw melding: 1042
                Status: nieuw: nog geen contact vastgelegd
                Regievoerder: niemand
                Voorgestelde regievoerder: u

                Naar Mijn matches: https://verwijsindex.gemeente.test/matches

                Deze e-mail is automatisch verstuurd door de verwijsindex aan de andere beroepskrachten in de \
                match. Hij bevat bewust geen gegevens over de jeugdige, zoals het burgerservicenummer, de naam, \
                de geboortedatum of het adres.
                """);
    }

    /** Returns CARER's proposal of NURSE in a family match, as the recipient gets it. */
    private static CoordinationEmail familyProposal(ProfessionalContact recipient) {
        return new CoordinationEmail(
                MESSAGE_ID,
                Change.PROPOSED,
                MatchType.FAMILY,
                LocalDate.of(2026, 12, 1),
                recipient,
                1042,
                Notifications.contact(CARER),
                CoordinationStatus.NEW,
                Notifications.contact(NURSE),
                null);
    }
}
