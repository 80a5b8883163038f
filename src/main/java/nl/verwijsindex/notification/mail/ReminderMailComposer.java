package nl.verwijsindex.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.registration.ActiveSignals.ActiveSignal;
import nl.verwijsindex.registration.ActiveSignals.InformingParties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Composes the reminders to a signal's professional and the move notice to a municipality's
 * coordinator, with the template engine and texts of {@link NotificationMailComposer}. A reminder
 * links to the signal's page by its id, from {@code VERWIJSINDEX_WEB_BASE_URL}. No email contains
 * anything about the child, because the module never receives the child's BSN, name, birth date or
 * address.
 */
@Component
public class ReminderMailComposer {

    static final String REMINDER_TEMPLATE = "signal-reminder";
    static final String MOVE_TEMPLATE = "move-notice";

    private final NotificationMailComposer composer;
    private final String baseUrl;

    ReminderMailComposer(NotificationMailComposer composer, @Value("${verwijsindex.web.base-url}") String baseUrl) {
        var uri = URI.create(baseUrl.trim());
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "Invalid web base URL '" + baseUrl
                            + "': set VERWIJSINDEX_WEB_BASE_URL to an absolute http or https URL such as https://verwijsindex.example.org");
        }
        this.composer = composer;
        this.baseUrl = baseUrl.trim().replaceAll("/+$", "");
    }

    /** Composes the reminder to record whether the parents or child were informed of the signal. */
    public MimeMessage informingReminder(
            UUID reminderId, ProfessionalContact recipient, ActiveSignal signal, InformingParties parties) {
        var locale = recipient.language();
        var variables = reminderVariables(recipient, signal);
        variables.put("subject", text("reminder.informing.subject", locale, String.valueOf(signal.number())));
        variables.put("heading", text("reminder.informing.heading", locale));
        variables.put(
                "introduction",
                text(
                        "reminder.informing.introduction",
                        locale,
                        String.valueOf(signal.number()),
                        date(signal.registeredOn(), locale)));
        variables.put("duty", text("reminder.informing.parties." + parties.code(), locale));
        variables.put("action", text("reminder.informing.action", locale));
        variables.put("closing", text("reminder.closing", locale));
        return compose(REMINDER_TEMPLATE, reminderId, recipient.email(), locale, variables);
    }

    /** Composes the reminder that the signal ends soon and can be extended on its page. */
    public MimeMessage endingReminder(UUID reminderId, ProfessionalContact recipient, ActiveSignal signal) {
        var locale = recipient.language();
        var endDate = date(signal.endDate(), locale);
        var variables = reminderVariables(recipient, signal);
        variables.put("subject", text("reminder.ending.subject", locale, String.valueOf(signal.number()), endDate));
        variables.put("heading", text("reminder.ending.heading", locale));
        variables.put(
                "introduction", text("reminder.ending.introduction", locale, String.valueOf(signal.number()), endDate));
        variables.put("duty", null);
        variables.put("action", text("reminder.ending.action", locale));
        // An extended signal gets a new ending reminder for its new end date, so this one is not the only one.
        variables.put("closing", text("reminder.ending.closing", locale));
        return compose(REMINDER_TEMPLATE, reminderId, recipient.email(), locale, variables);
    }

    /**
     * Composes the notice that a child with active signals moved to the municipality, listing the
     * professionals of those signals.
     */
    public MimeMessage moveNotice(
            UUID noticeId, String coordinatorEmail, String municipalityName, Locale locale, List<Holder> holders) {
        var variables = new HashMap<String, Object>();
        variables.put("subject", text("move.subject", locale, municipalityName));
        variables.put("language", locale.toLanguageTag());
        variables.put("municipalityName", municipalityName);
        variables.put(
                "holders",
                holders.stream()
                        .map(holder -> new ShownHolder(
                                holder.contact(),
                                String.valueOf(holder.signalNumber()),
                                date(holder.registeredOn(), locale)))
                        .toList());
        return compose(MOVE_TEMPLATE, "move", noticeId, coordinatorEmail, locale, variables);
    }

    /** Returns the address of the logged-in professional's matches page. */
    String matchesLink() {
        return baseUrl + "/matches";
    }

    /** Returns the address of the signal's page, which names the signal by id only. */
    public String signalLink(UUID signalId) {
        return baseUrl + "/signals/" + signalId;
    }

    private Map<String, Object> reminderVariables(ProfessionalContact recipient, ActiveSignal signal) {
        var locale = recipient.language();
        var variables = new HashMap<String, Object>();
        variables.put("language", locale.toLanguageTag());
        variables.put("recipientName", recipient.name());
        variables.put("signalNumber", String.valueOf(signal.number()));
        var ownReference = signal.ownReference();
        variables.put("ownReference", ownReference != null ? ownReference : text("signal.own-reference.none", locale));
        variables.put("link", signalLink(signal.id()));
        return variables;
    }

    private MimeMessage compose(
            String template, UUID reminderId, String recipientEmail, Locale locale, Map<String, Object> variables) {
        return compose(template, "reminder", reminderId, recipientEmail, locale, variables);
    }

    private MimeMessage compose(
            String template,
            String kind,
            UUID id,
            String recipientEmail,
            Locale locale,
            Map<String, Object> variables) {
        var subject = (String) variables.get("subject");
        return composer.compose(
                template, composer.messageId(kind, id), recipientEmail, locale, subject, variables, kind + " " + id);
    }

    private String text(String code, Locale locale, Object... arguments) {
        return composer.text(code, locale, arguments);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
    }

    /**
     * A professional with an active signal on the child who moved.
     *
     * @param signalNumber the number of their signal, which the coordinator can name when contacting them
     * @param registeredOn the signal's registration date
     */
    public record Holder(ProfessionalContact contact, long signalNumber, LocalDate registeredOn) {}

    /** A holder as the template shows it, with the number and date already formatted. */
    public record ShownHolder(ProfessionalContact contact, String signalNumber, String registeredOn) {}
}
