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
import java.util.Date;
import java.util.HashMap;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.organisations.ProfessionalContact;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Composes the email that informs a professional that their signal was removed on objection, from the
 * templates {@code templates/mail/signal-removed.*} and the texts in {@code i18n/mail}, in the
 * recipient's language. The email names the signal by number and own reference, never the child.
 */
@Component
public class ObjectionMailComposer {

    private static final String CHARSET = StandardCharsets.UTF_8.name();
    private static final String TEMPLATE = "signal-removed";

    private final InternetAddress from;
    private final Clock clock;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Session session = Session.getInstance(new Properties());

    ObjectionMailComposer(MailSettings settings, Clock clock) {
        this.from = settings.fromAddress();
        this.clock = clock;
        texts.setBasename("i18n/mail");
        texts.setDefaultEncoding(CHARSET);
        texts.setFallbackToSystemLocale(false);
        texts.setAlwaysUseMessageFormat(true);
        templates.setTemplateEngineMessageSource(texts);
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt"));
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html"));
    }

    /**
     * Composes the email, dated now by the clock.
     *
     * @param messageId the queued message, which fixes the email's {@code Message-ID}
     * @throws MailPreparationException when a template or an address cannot be processed
     */
    public MimeMessage compose(
            UUID messageId, ProfessionalContact recipient, long signalNumber, @Nullable String ownReference) {
        var locale = recipient.language();
        var number = String.valueOf(signalNumber);
        var subject = texts.getMessage("objection.subject", new Object[] {number}, locale);
        var variables = new HashMap<String, Object>();
        variables.put("subject", subject);
        variables.put("language", locale.toLanguageTag());
        variables.put("recipientName", recipient.name());
        variables.put("signalNumber", number);
        // Without an own reference the sentence leaves the reference out, instead of naming a placeholder.
        var introduction = ownReference != null
                ? texts.getMessage("objection.introduction", new Object[] {number, ownReference}, locale)
                : texts.getMessage("objection.introduction-without-reference", new Object[] {number}, locale);
        variables.put("introduction", introduction);
        var context = new Context(locale, variables);
        try {
            var message = new StableIdMimeMessage(session, messageId(messageId));
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email()));
            message.setSubject(subject, CHARSET);
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("Content-Language", locale.toLanguageTag());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setContent(alternatives(
                    templates.process(TEMPLATE + ".txt", context), templates.process(TEMPLATE + ".html", context)));
            message.saveChanges();
            return message;
        } catch (MessagingException | TemplateEngineException e) {
            throw new MailPreparationException("Failed to compose objection message " + messageId, e);
        }
    }

    /** Returns the {@code Message-ID}: {@code <objection.<message id>@<domain of the sender address>>}. */
    String messageId(UUID id) {
        var address = from.getAddress();
        return "<objection." + id + address.substring(address.lastIndexOf('@')) + ">";
    }

    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        var textPart = new MimeBodyPart();
        textPart.setText(text, CHARSET, "plain");
        var htmlPart = new MimeBodyPart();
        htmlPart.setText(html, CHARSET, "html");
        // The preferred part comes last in multipart/alternative (RFC 2046, section 5.1.4).
        return new MimeMultipart("alternative", textPart, htmlPart);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern) {
        var resolver = new ClassLoaderTemplateResolver(ObjectionMailComposer.class.getClassLoader());
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(CHARSET);
        return resolver;
    }
}
