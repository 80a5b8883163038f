package nl.verwijsindex.notification.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.access.InvitationEmail;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailPreparationException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Composes a match notification or an invitation as a {@code multipart/alternative} email with a plain text and an HTML
 * part, from the templates in {@code templates/mail} and the texts in {@code i18n/mail}, in the
 * recipient's language (Dutch unless they read English).
 *
 * <p>The template engine and the texts are private to this class on purpose: declared as beans,
 * they would replace the web pages' template engine and message source.
 */
public class NotificationMailComposer {

    private static final String CHARSET = StandardCharsets.UTF_8.name();
    private static final String MATCH_TEMPLATE = "match-notification";
    private static final String INVITATION_TEMPLATE = "invitation";

    private final InternetAddress from;
    private final Clock clock;
    private final MessageSource texts = texts();
    private final TemplateEngine templates = templateEngine(texts);
    private final Session session = Session.getInstance(new Properties());

    public NotificationMailComposer(InternetAddress from, Clock clock) {
        this.from = from;
        this.clock = clock;
    }

    /**
     * Composes the email, dated now by the clock.
     *
     * @throws MailPreparationException when a template or an address cannot be processed
     */
    public MimeMessage compose(MatchNotification notification) {
        var recipient = notification.recipient();
        var locale = recipient.language();
        var subject = text(
                "subject." + notification.matchType().code(),
                locale,
                String.valueOf(notification.signal().number()));
        var variables = variables(notification, subject);
        return compose(
                MATCH_TEMPLATE,
                messageId(notification.messageId()),
                recipient.email(),
                locale,
                subject,
                variables,
                "notification " + notification.messageId());
    }

    /**
     * Composes the invitation email with the acceptance link, dated now by the clock.
     *
     * @param messageId the queued message, which fixes the email's {@code Message-ID}
     * @throws MailPreparationException when a template or an address cannot be processed
     */
    public MimeMessage compose(UUID messageId, InvitationEmail invitation) {
        var locale = invitation.language();
        var subject = text("invitation.subject", locale);
        var variables = new HashMap<String, Object>();
        variables.put("subject", subject);
        variables.put("language", locale.toLanguageTag());
        variables.put("recipientName", invitation.name());
        variables.put("link", invitation.link());
        variables.put(
                "expiresAt",
                DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", locale)
                        .withZone(clock.getZone())
                        .format(invitation.expiresAt()));
        return compose(
                INVITATION_TEMPLATE,
                invitationMessageId(messageId),
                invitation.email(),
                locale,
                subject,
                variables,
                "invitation message " + messageId);
    }

    /** Composes an email from the template pair {@code <template>.txt} and {@code <template>.html}. */
    MimeMessage compose(
            String template,
            String messageId,
            String recipientEmail,
            Locale locale,
            String subject,
            Map<String, Object> variables,
            String description) {
        var context = new Context(locale, variables);
        try {
            var text = templates.process(template + ".txt", context);
            var html = templates.process(template + ".html", context);

            var message = new StableIdMimeMessage(session, messageId);
            message.setFrom(from);
            // The recipient's name is left out of the address, so that SMTP errors, which often repeat
            // the address, contain no name.
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipientEmail));
            message.setSubject(subject, CHARSET);
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("Content-Language", locale.toLanguageTag());
            // Auto-Submitted (RFC 3834) asks auto-responders, such as out-of-office replies, not to reply.
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setContent(alternatives(text, html));
            message.saveChanges();
            return message;
        } catch (MessagingException | TemplateEngineException e) {
            throw new MailPreparationException("Failed to compose " + description, e);
        }
    }

    /** Returns the {@code Message-ID}: {@code <notification.<message id>@<domain of the sender address>>}. */
    String messageId(UUID id) {
        var address = from.getAddress();
        return "<notification." + id + address.substring(address.lastIndexOf('@')) + ">";
    }

    /** Returns the {@code Message-ID}: {@code <invitation.<message id>@<domain of the sender address>>}. */
    String invitationMessageId(UUID id) {
        var address = from.getAddress();
        return "<invitation." + id + address.substring(address.lastIndexOf('@')) + ">";
    }

    /** Returns a {@code Message-ID} of the form {@code <<kind>.<id>@<domain of the sender address>>}. */
    String messageId(String kind, UUID id) {
        var address = from.getAddress();
        return "<" + kind + "." + id + address.substring(address.lastIndexOf('@')) + ">";
    }

    private Map<String, Object> variables(MatchNotification notification, String subject) {
        var locale = notification.recipient().language();
        var type = notification.matchType().code();
        var variables = new HashMap<String, Object>();
        variables.put("subject", subject);
        variables.put("language", locale.toLanguageTag());
        variables.put("recipientName", notification.recipient().name());
        variables.put("matchType", text("match.type." + type, locale));
        variables.put("matchTypeExplanation", text("match.type." + type + ".explanation", locale));
        variables.put(
                "matchDate", DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(notification.matchDate()));
        variables.put("signalNumber", String.valueOf(notification.signal().number()));
        var ownReference = notification.signal().ownReference();
        variables.put("ownReference", ownReference != null ? ownReference : text("signal.own-reference.none", locale));
        variables.put("others", notification.others());
        putProposal(variables, notification);
        return variables;
    }

    /**
     * Adds the sentences about the proposed coordinator, or nulls that leave them out. The proposed
     * member is named by name and organisation only, which every member received in an earlier or
     * this match email.
     */
    private void putProposal(Map<String, Object> variables, MatchNotification notification) {
        var locale = notification.recipient().language();
        var proposed = notification.proposedCoordinator();
        if (proposed == null) {
            variables.put("proposal", null);
            variables.put("proposalAction", null);
        } else if (proposed.id().equals(notification.recipient().id())) {
            variables.put("proposal", text("proposal.you", locale));
            variables.put("proposalAction", text("proposal.you.accept-or-decline", locale));
        } else {
            variables.put("proposal", text("proposal.other", locale, proposed.name(), proposed.organisationName()));
            variables.put("proposalAction", text("proposal.other.accept-or-decline", locale, proposed.name()));
        }
    }

    String text(String code, Locale locale, Object... arguments) {
        return texts.getMessage(code, arguments, locale);
    }

    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        var textPart = new MimeBodyPart();
        textPart.setText(text, CHARSET, "plain");
        var htmlPart = new MimeBodyPart();
        htmlPart.setText(html, CHARSET, "html");
        // The preferred part comes last in multipart/alternative (RFC 2046, section 5.1.4).
        return new MimeMultipart("alternative", textPart, htmlPart);
    }

    private static MessageSource texts() {
        var texts = new ResourceBundleMessageSource();
        texts.setBasename("i18n/mail");
        texts.setDefaultEncoding(CHARSET);
        // Without this, a Dutch reader on a server with an English default locale would get English.
        texts.setFallbackToSystemLocale(false);
        texts.setAlwaysUseMessageFormat(true);
        return texts;
    }

    private static TemplateEngine templateEngine(MessageSource texts) {
        var engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(texts);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt"));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html"));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern) {
        var resolver = new ClassLoaderTemplateResolver(NotificationMailComposer.class.getClassLoader());
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(CHARSET);
        return resolver;
    }
}
