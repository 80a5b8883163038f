package nl.verwijsindex.notification.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.registration.SignalReference;
import nl.verwijsindex.testing.MutableClock;
import nl.verwijsindex.testing.TestRegion;
import org.jspecify.annotations.Nullable;

/** Notifications about the test region's professionals, and a composer on a fixed clock. */
final class Notifications {

    static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");
    static final LocalDate MATCH_DATE = LocalDate.of(2026, 12, 4);

    private Notifications() {}

    static NotificationMailComposer composer() {
        try {
            return new NotificationMailComposer(
                    new InternetAddress("Verwijsindex <verwijsindex@gemeente.test>"),
                    Clock.fixed(NOW, MutableClock.ZONE));
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    static MatchNotification childMatch(
            UUID messageId,
            TestRegion.Person recipient,
            long signalNumber,
            @Nullable String ownReference,
            TestRegion.Person... others) {
        return notification(messageId, MatchType.CHILD, recipient, signalNumber, ownReference, others);
    }

    static MatchNotification familyMatch(
            UUID messageId,
            TestRegion.Person recipient,
            long signalNumber,
            @Nullable String ownReference,
            TestRegion.Person... others) {
        return notification(messageId, MatchType.FAMILY, recipient, signalNumber, ownReference, others);
    }

    static ProfessionalContact contact(TestRegion.Person person) {
        return new ProfessionalContact(
                person.id(),
                person.name(),
                person.organisation().id(),
                person.organisation().name(),
                person.email(),
                person.phone(),
                Locale.forLanguageTag(person.language()));
    }

    private static MatchNotification notification(
            UUID messageId,
            MatchType type,
            TestRegion.Person recipient,
            long signalNumber,
            @Nullable String ownReference,
            TestRegion.Person... others) {
        return new MatchNotification(
                messageId,
                type,
                MATCH_DATE,
                contact(recipient),
                new SignalReference(UUID.randomUUID(), signalNumber, ownReference),
                List.of(others).stream().map(Notifications::contact).toList());
    }
}
