package nl.verwijsindex.notification.mail;

import static nl.verwijsindex.notification.mail.Notifications.contact;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.mail.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ActiveSignals.ActiveSignal;
import nl.verwijsindex.registration.ActiveSignals.InformingParties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The texts of reminders and move notices, in Dutch and English. */
class ReminderMailComposerTests {

    private static final UUID MESSAGE_ID = UUID.fromString("0b7e4c1a-5d2f-4e8a-9c3b-6a1d2e3f4a5b");
    private static final UUID SIGNAL_ID = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");

    private final ReminderMailComposer composer =
            new ReminderMailComposer(Notifications.composer(), "https://verwijsindex.gemeente.test/");

    @Test
    void informingReminderInDutch() throws Exception {
        var email = composer.informingReminder(
                MESSAGE_ID, contact(TEACHER), signal(1042, "LLN-2291"), InformingParties.BOTH);

        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("anna.devries@school.test");
        assertThat(email.getSubject()).isEqualTo("Herinnering: leg het informeren vast bij uw melding 1042");
        assertThat(email.getMessageID()).isEqualTo("<reminder." + MESSAGE_ID + "@gemeente.test>");
        assertThat(email.getHeader("Content-Language", null)).isEqualTo("nl");
        assertThat(Emails.text(email)).isEqualTo("""
                Beste Anna de Vries,

                U heeft melding 1042 op 20 november 2026 in de verwijsindex gedaan. Er is nog niet vastgelegd \
                dat u over deze melding heeft geïnformeerd, en ook niet dat u het informeren uitstelt.

                U moet de ouders en de jeugdige informeren: de ouders van een jeugdige onder de 16 jaar en \
                de jeugdige zelf vanaf 12 jaar, naar de leeftijd op de datum van de melding.

                Leg op de pagina van de melding vast wanneer u hen heeft geïnformeerd, of dat u het \
                informeren uitstelt:
                https://verwijsindex.gemeente.test/signals/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a

                Nummer van uw melding: 1042
                Uw eigen kenmerk: LLN-2291

                Deze herinnering is automatisch verstuurd door de verwijsindex en komt één keer. Hij bevat \
                bewust geen gegevens over de jeugdige, zoals het burgerservicenummer, de naam of het adres.""");
        assertThat(Emails.html(email))
                .contains(
                        "<html lang=\"nl\">",
                        "<a href=\"https://verwijsindex.gemeente.test/signals/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a\">"
                                + "Pagina van de melding</a>");
    }

    @Test
    void informingReminderInEnglish() throws Exception {
        var email = composer.informingReminder(MESSAGE_ID, contact(COACH), signal(7, null), InformingParties.CHILD);

        assertThat(email.getSubject()).isEqualTo("Reminder: record informing for your signal 7");
        assertThat(email.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(Emails.text(email)).isEqualTo("""
                Dear Finn O'Neill,

                You registered signal 7 in the reference index on 20 November 2026. It is not yet recorded \
                that you informed anyone of this signal, nor that you postponed informing.

                You must inform the young person: the young person from 12 on, and no longer the parents \
                from 16 on, by the age on the registration date.

                Record on the signal's page when you informed them, or that you postpone informing:
                https://verwijsindex.gemeente.test/signals/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a

                Number of your signal: 7
                Your own reference: not given

                This reminder was sent automatically by the reference index and comes once. It deliberately \
                contains no details about the child, such as the citizen service number, name or address.""");
        assertThat(Emails.html(email)).contains("<html lang=\"en\">", ">Page of the signal</a>");
    }

    @Test
    void partiesSentenceFollowsDuty() throws Exception {
        var parents =
                composer.informingReminder(MESSAGE_ID, contact(TEACHER), signal(1, null), InformingParties.PARENTS);
        var child = composer.informingReminder(MESSAGE_ID, contact(TEACHER), signal(1, null), InformingParties.CHILD);

        assertThat(Emails.text(parents))
                .contains("\nU moet de ouders informeren: de ouders van een jeugdige onder de 16 jaar, naar de"
                        + " leeftijd op de datum van de melding.\n");
        assertThat(Emails.text(child))
                .contains("\nU moet de jeugdige informeren: de jeugdige zelf vanaf 12 jaar, en de ouders niet meer"
                        + " vanaf 16 jaar, naar de leeftijd op de datum van de melding.\n");
    }

    @Test
    void endingReminderInDutch() throws Exception {
        var email = composer.endingReminder(MESSAGE_ID, contact(TEACHER), signal(1042, "LLN-2291"));

        assertThat(email.getSubject()).isEqualTo("Herinnering: uw melding 1042 eindigt op 3 januari 2027");
        assertThat(Emails.text(email)).isEqualTo("""
                Beste Anna de Vries,

                Uw melding 1042 in de verwijsindex loopt tot en met 3 januari 2027. Daarna gaat de melding \
                naar het archief en levert hij geen matches meer op.

                Bent u dan nog betrokken bij de jeugdige? Verleng de melding op de pagina van de melding. \
                Doet u niets, dan eindigt de melding vanzelf.
                https://verwijsindex.gemeente.test/signals/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a

                Nummer van uw melding: 1042
                Uw eigen kenmerk: LLN-2291

                Deze herinnering is automatisch verstuurd door de verwijsindex en komt één keer per \
                einddatum: verlengt u de melding, dan krijgt u voor de nieuwe einddatum opnieuw een \
                herinnering. Hij bevat bewust geen gegevens over de jeugdige, zoals het burgerservicenummer, \
                de naam of het adres.""");
    }

    @Test
    void endingReminderInEnglish() throws Exception {
        var email = composer.endingReminder(MESSAGE_ID, contact(COACH), signal(7, "JH-7"));

        assertThat(email.getSubject()).isEqualTo("Reminder: your signal 7 ends on 3 January 2027");
        assertThat(Emails.text(email))
                .contains(
                        "Your signal 7 in the reference index runs up to and including 3 January 2027.",
                        "Extend the signal on the signal's page.",
                        "Your own reference: JH-7\n",
                        "comes once per end date: if you extend the signal, you get a new reminder for the new end"
                                + " date.");
        assertThat(Emails.text(email)).doesNotContain("comes once.");
    }

    @Test
    void moveNoticeInDutch() throws Exception {
        var email = composer.moveNotice(
                MESSAGE_ID, "regie@zaanstad.test", "Zaanstad", Locale.forLanguageTag("nl"), holders());

        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("regie@zaanstad.test");
        assertThat(email.getSubject())
                .isEqualTo("Verhuizing naar Zaanstad: jeugdige met lopende meldingen in de verwijsindex");
        assertThat(email.getMessageID()).isEqualTo("<move." + MESSAGE_ID + "@gemeente.test>");
        assertThat(Emails.text(email)).isEqualTo("""
                Beste regievoerder van de gemeente Zaanstad,

                Volgens de Basisregistratie Personen woont een jeugdige met lopende meldingen in de \
                verwijsindex nu in de gemeente Zaanstad. Hieronder staan de beroepskrachten die een lopende \
                melding over deze jeugdige hebben. Neem contact met hen op om af te stemmen wie de zorg in \
                uw gemeente oppakt.

                Beroepskrachten met een lopende melding

                Carla Smit
                Organisatie: JGZ Haaglanden
                E-mailadres: carla.smit@jgz.test
                Telefoonnummer: 070 222 1111
                Nummer van hun melding: 1042
                Datum van de melding: 20 november 2026

                Daan Bakker
                Organisatie: JGZ Haaglanden
                E-mailadres: daan.bakker@jgz.test
                Telefoonnummer: niet bekend
                Nummer van hun melding: 1043
                Datum van de melding: 1 december 2026

                Deze e-mail is automatisch verstuurd door de verwijsindex. Hij bevat bewust geen gegevens \
                over de jeugdige, zoals het burgerservicenummer, de naam, de geboortedatum of het adres. \
                Noem bij uw contact het nummer van de melding: daaraan herkent de beroepskracht om welke \
                jeugdige het gaat.""");
        assertThat(Emails.html(email))
                .contains("<html lang=\"nl\">", ">Carla Smit</th>", "<a href=\"mailto:daan.bakker@jgz.test\">");
    }

    @Test
    void moveNoticeInEnglish() throws Exception {
        var email = composer.moveNotice(MESSAGE_ID, "regie@zaanstad.test", "Zaanstad", Locale.ENGLISH, holders());

        assertThat(email.getSubject())
                .isEqualTo("Move to Zaanstad: a child with active signals in the reference index");
        var text = Emails.text(email);
        assertThat(text).startsWith("Dear coordinator of the municipality of Zaanstad,\n\nAccording to the population");
        assertThat(text)
                .contains(
                        "Daan Bakker\nOrganisation: JGZ Haaglanden\nEmail address: daan.bakker@jgz.test\n"
                                + "Phone number: not known\nNumber of their signal: 1043\nDate of the signal: 1 December 2026\n");
        assertThat(Emails.html(email)).contains("<html lang=\"en\">");
    }

    @Test
    void linkNamesSignalById() {
        assertThat(composer.signalLink(SIGNAL_ID))
                .isEqualTo("https://verwijsindex.gemeente.test/signals/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    }

    @Test
    void rejectsRelativeBaseUrl() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReminderMailComposer(Notifications.composer(), "/verwijsindex"))
                .withMessageStartingWith("Invalid web base URL '/verwijsindex': set VERWIJSINDEX_WEB_BASE_URL");
    }

    private static List<ReminderMailComposer.Holder> holders() {
        return List.of(
                new ReminderMailComposer.Holder(contact(NURSE), 1042, LocalDate.of(2026, 11, 20)),
                new ReminderMailComposer.Holder(contact(YOUTH_DOCTOR), 1043, LocalDate.of(2026, 12, 1)));
    }

    private static ActiveSignal signal(long number, @Nullable String ownReference) {
        return new ActiveSignal(
                SIGNAL_ID,
                number,
                ownReference,
                TEACHER.id(),
                TEACHER.organisation().id(),
                new Pseudonym(1, new byte[32]),
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 1, 3),
                false);
    }
}
