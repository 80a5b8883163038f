package nl.verwijsindex.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import nl.verwijsindex.coordination.CoordinationChanged.Change;
import nl.verwijsindex.organisations.ProfessionalContact;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Composes the email about a change in a match's coordination, from the templates
 * {@code templates/mail/coordination-change.*} and the texts in {@code i18n/mail}, in the
 * recipient's language. It links to the matches page, from {@code VERWIJSINDEX_WEB_BASE_URL},
 * without the match's id, because a member finds the match there by its type and date.
 */
@Component
public class CoordinationMailComposer {

    static final String TEMPLATE = "coordination-change";

    private final NotificationMailComposer composer;
    private final String matchesLink;

    CoordinationMailComposer(NotificationMailComposer composer, ReminderMailComposer reminders) {
        this.composer = composer;
        this.matchesLink = reminders.matchesLink();
    }

    /**
     * Composes the email, dated now by the clock.
     *
     * @throws org.springframework.mail.MailPreparationException when a template or an address
     *     cannot be processed
     */
    public MimeMessage compose(CoordinationEmail email) {
        var locale = email.recipient().language();
        var matchType = text("match.type." + email.matchType().code(), locale);
        var matchDate = DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(email.matchDate());
        var subject = text("coordination.subject." + subjectCode(email), locale, matchType, matchDate);

        var variables = new HashMap<String, Object>();
        variables.put("subject", subject);
        variables.put("language", locale.toLanguageTag());
        variables.put("recipientName", email.recipient().name());
        variables.put("happened", happened(email, locale));
        variables.put("ask", email.recipientIsProposed() ? text("coordination.ask-accept-or-decline", locale) : null);
        variables.put("matchType", matchType);
        variables.put("matchDate", matchDate);
        variables.put("signalNumber", String.valueOf(email.signalNumber()));
        variables.put("status", text("coordination.status." + email.status().code(), locale));
        variables.put("coordinator", person(email.coordinator(), email, locale));
        variables.put("proposed", person(email.proposedCoordinator(), email, locale));
        variables.put("link", matchesLink);

        var id = email.messageId();
        return composer.compose(
                TEMPLATE,
                composer.messageId("coordination", id),
                email.recipient().email(),
                locale,
                subject,
                variables,
                "coordination message " + id);
    }

    private static String subjectCode(CoordinationEmail email) {
        if (email.change() == Change.PROPOSED && email.recipientIsProposed()) {
            return "proposed-to-you";
        }
        return email.change().code();
    }

    /** Returns the sentence that names who took which step. */
    private String happened(CoordinationEmail email, Locale locale) {
        var actor = email.actor();
        if (actor == null) {
            return text("coordination.change." + email.change().code(), locale);
        }

        var code = email.change().code();
        var proposed = email.proposedCoordinator();
        if (email.change() == Change.PROPOSED && proposed != null) {
            if (email.recipientIsProposed()) {
                code = "proposed-you";
            } else if (proposed.id().equals(actor.id())) {
                code = "proposed-self";
            } else {
                return text(
                        "coordination.change.proposed",
                        locale,
                        actor.name(),
                        actor.organisationName(),
                        proposed.name(),
                        proposed.organisationName());
            }
        }
        if (email.change() == Change.ACCEPTED) {
            // The Dutch text uses "geaccepteerd", the word of the page My matches.
            code = "proposal-accepted";
        }
        return text("coordination.change." + code, locale, actor.name(), actor.organisationName());
    }

    /** Returns a member as "name (organisation)", "you" for the recipient, or "nobody". */
    private String person(@Nullable ProfessionalContact person, CoordinationEmail email, Locale locale) {
        if (person == null) {
            return text("coordination.nobody", locale);
        }
        if (person.id().equals(email.recipient().id())) {
            return text("coordination.you", locale);
        }
        return text("coordination.person", locale, person.name(), person.organisationName());
    }

    private String text(String code, Locale locale, Object... arguments) {
        return composer.text(code, locale, arguments);
    }
}
