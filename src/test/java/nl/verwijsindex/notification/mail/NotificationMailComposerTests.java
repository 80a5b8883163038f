package nl.verwijsindex.notification.mail;

import static nl.verwijsindex.notification.mail.Notifications.childMatch;
import static nl.verwijsindex.notification.mail.Notifications.familyMatch;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.organisations.ProfessionalContact;
import org.junit.jupiter.api.Test;

class NotificationMailComposerTests {

    private static final UUID MESSAGE_ID = UUID.fromString("6f1c2a34-8e1b-4c55-9d3e-0a7b2c4d5e6f");

    private final NotificationMailComposer composer = Notifications.composer();

    @Test
    void headersNameRecipientAndMatch() throws Exception {
        var email = composer.compose(childMatch(MESSAGE_ID, TEACHER, 1042, "LLN-2291", NURSE, CARER));

        assertThat(email.getFrom())
                .extracting(Object::toString)
                .containsExactly("Verwijsindex <verwijsindex@gemeente.test>");
        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("anna.devries@school.test");
        assertThat(email.getSubject()).isEqualTo("Match in de verwijsindex: kindmatch bij uw melding 1042");
        assertThat(email.getMessageID()).isEqualTo("<notification.6f1c2a34-8e1b-4c55-9d3e-0a7b2c4d5e6f@gemeente.test>");
        assertThat(email.getSentDate()).isEqualTo(Date.from(Notifications.NOW));
        assertThat(email.getHeader("Content-Language", null)).isEqualTo("nl");
        assertThat(email.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(email.getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void textPartShowsMatchAndContacts() throws Exception {
        var email = composer.compose(childMatch(MESSAGE_ID, TEACHER, 1042, "LLN-2291", NURSE, YOUTH_DOCTOR));

        assertThat(Emails.text(email)).isEqualTo("""
                Beste Anna de Vries,

                Uw melding in de verwijsindex heeft een match opgeleverd. Hieronder staan de contactgegevens \
                van de andere betrokken beroepskrachten, zodat u met hen kunt afstemmen wie wat doet.

                De match

                Een kindmatch betekent dat een of meer andere beroepskrachten een melding hebben gedaan \
                over dezelfde jeugdige als u.

                Soort match: kindmatch
                Datum van de match: 4 december 2026
                Nummer van uw melding: 1042
                Uw eigen kenmerk: LLN-2291

                Andere betrokken beroepskrachten

                Carla Smit
                Organisatie: JGZ Haaglanden
                E-mailadres: carla.smit@jgz.test
                Telefoonnummer: 070 222 1111

                Daan Bakker
                Organisatie: JGZ Haaglanden
                E-mailadres: daan.bakker@jgz.test
                Telefoonnummer: niet bekend

                Deze e-mail is automatisch verstuurd door de verwijsindex. Hij bevat bewust geen gegevens \
                over de jeugdige, zoals het burgerservicenummer, de naam of het adres.
                """);
    }

    @Test
    void htmlPartListsContactsInTable() throws Exception {
        var email = composer.compose(childMatch(MESSAGE_ID, TEACHER, 1042, "LLN-2291", NURSE, YOUTH_DOCTOR));

        var html = Emails.html(email);

        assertThat(html).contains("<html lang=\"nl\">");
        assertThat(html)
                .contains("<caption style=\"text-align: left; padding-bottom: 8px;\">"
                        + "Contactgegevens van de andere beroepskrachten in deze match</caption>");
        assertThat(html.split("<th scope=\"col\"", -1)).hasSize(5);
        assertThat(html).contains(">Naam</th>", ">Organisatie</th>", ">E-mailadres</th>", ">Telefoonnummer</th>");
        assertThat(html.split("<th scope=\"row\"", -1)).hasSize(3);
        assertThat(html).contains(">Carla Smit</th>", "<a href=\"mailto:carla.smit@jgz.test\">carla.smit@jgz.test</a>");
        assertThat(html).contains(">Daan Bakker</th>", ">niet bekend</td>");
        assertThat(html)
                .contains("<dd>kindmatch</dd>", "<dd>4 december 2026</dd>", "<dd>1042</dd>", "<dd>LLN-2291</dd>");
    }

    @Test
    void englishReaderGetsEnglish() throws Exception {
        var email = composer.compose(familyMatch(MESSAGE_ID, COACH, 77, null, YOUTH_DOCTOR));

        var text = Emails.text(email);

        assertThat(email.getSubject()).isEqualTo("Match in the reference index: family match on your signal 77");
        assertThat(email.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(text).startsWith("Dear Finn O'Neill,\n");
        assertThat(text)
                .contains("A family match means that one or more other professionals have registered a signal about"
                        + " another child or young person who shares a parent with the one in your signal.");
        assertThat(text).contains("Type of match: family match\n", "Date of the match: 4 December 2026\n");
        assertThat(text).contains("Number of your signal: 77\n", "Your own reference: not given\n");
        assertThat(text).contains("Daan Bakker\nOrganisation: JGZ Haaglanden\n", "Phone number: not known\n");
        assertThat(Emails.html(email)).contains("<html lang=\"en\">", ">Phone number</th>");
    }

    @Test
    void dutchReaderGetsFamilyMatchInDutch() throws Exception {
        var email = composer.compose(familyMatch(MESSAGE_ID, NURSE, 5, null, COACH));

        var text = Emails.text(email);

        assertThat(email.getSubject()).isEqualTo("Match in de verwijsindex: gezinsmatch bij uw melding 5");
        assertThat(text)
                .contains("Een gezinsmatch betekent dat een of meer andere beroepskrachten een melding hebben gedaan"
                        + " over een andere jeugdige die een ouder gemeen heeft met de jeugdige van uw melding.");
        assertThat(text).contains("Uw eigen kenmerk: niet opgegeven\n");
    }

    @Test
    void dutchReaderGetsDutchOnEnglishServer() throws Exception {
        var serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            var email = Notifications.composer().compose(childMatch(MESSAGE_ID, TEACHER, 1042, null, NURSE));

            assertThat(email.getSubject()).isEqualTo("Match in de verwijsindex: kindmatch bij uw melding 1042");
            assertThat(Emails.text(email)).startsWith("Beste Anna de Vries,\n");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void largeSignalNumberHasNoGrouping() throws Exception {
        var email = composer.compose(childMatch(MESSAGE_ID, TEACHER, 1234567, null, NURSE));

        assertThat(email.getSubject()).endsWith("uw melding 1234567");
        assertThat(Emails.text(email)).contains("Nummer van uw melding: 1234567\n");
    }

    @Test
    void htmlEscapesContactDetails() throws Exception {
        var other = new ProfessionalContact(
                UUID.randomUUID(),
                "<b>Jan</b>",
                UUID.randomUUID(),
                "Zorg & Welzijn",
                "jan@zorg.test",
                null,
                Locale.forLanguageTag("nl"));
        var notification = childMatch(MESSAGE_ID, TEACHER, 1, null);
        var withOther = new MatchNotification(
                notification.messageId(),
                notification.matchType(),
                notification.matchDate(),
                notification.recipient(),
                notification.signal(),
                java.util.List.of(other));

        var html = Emails.html(composer.compose(withOther));

        assertThat(html).contains(">&lt;b&gt;Jan&lt;/b&gt;</th>", ">Zorg &amp; Welzijn</td>");
        assertThat(html).doesNotContain("<b>Jan</b>");
    }

    @Test
    void messageIdSurvivesSavingAgain() throws Exception {
        var email = composer.compose(childMatch(MESSAGE_ID, TEACHER, 1042, null, NURSE));

        email.saveChanges();

        assertThat(email.getMessageID()).isEqualTo("<notification.6f1c2a34-8e1b-4c55-9d3e-0a7b2c4d5e6f@gemeente.test>");
    }
}
