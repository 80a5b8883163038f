package nl.verwijsindex.notification.mail;

import java.time.Clock;
import java.time.Duration;
import nl.verwijsindex.system.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Chooses how notifications leave the application: by SMTP when {@code VERWIJSINDEX_SMTP_HOST} is
 * set, otherwise as {@code .eml} files in {@code <data dir>/outbox}. The SMTP client is built here
 * rather than by Spring Boot's mail auto-configuration, so that all mail settings share the
 * {@code VERWIJSINDEX_} variables.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(30);

    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    @Bean
    NotificationMailComposer notificationMailComposer(MailSettings settings, Clock clock) {
        return new NotificationMailComposer(settings.fromAddress(), clock);
    }

    @Bean
    NotificationSender notificationSender(MailSettings settings, DataFolder dataFolder) {
        nameStreamProvider();
        if (settings.smtpConfigured()) {
            return new SmtpNotificationSender(smtpClient(settings));
        }

        var folder = dataFolder.resolve("outbox");
        log.info("No SMTP host is set (VERWIJSINDEX_SMTP_HOST), so notifications are written to {}", folder);
        return OutboxFolderSender.create(folder);
    }

    /**
     * Names Jakarta Mail's stream provider in its system property, unless the operator set one.
     * Without it, Jakarta Mail 2.1 looks the provider up with a {@link java.util.ServiceLoader}
     * each time it writes a body part, which took a quarter of the sender threads' CPU time in a
     * profile under load. With it, the lookup loads a class that is already loaded. Details:
     * https://github.com/jakartaee/mail-api/issues/861
     */
    static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        }
    }

    static JavaMailSenderImpl smtpClient(MailSettings settings) {
        var client = new JavaMailSenderImpl();
        client.setProtocol("smtp");
        client.setHost(settings.host());
        client.setPort(settings.port());
        client.setDefaultEncoding("UTF-8");

        var properties = client.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", String.valueOf(CONNECTION_TIMEOUT.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(READ_WRITE_TIMEOUT.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(READ_WRITE_TIMEOUT.toMillis()));
        if (settings.starttls()) {
            // Required, not only enabled: a server that does not offer STARTTLS is an error, so
            // messages and credentials never travel unencrypted by accident.
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.authenticated()) {
            client.setUsername(settings.username());
            client.setPassword(settings.password());
            properties.put("mail.smtp.auth", "true");
        }

        log.info(
                "Sending notifications by SMTP through {}:{}, STARTTLS {}, authentication {}",
                settings.host(),
                settings.port(),
                settings.starttls() ? "required" : "off",
                settings.authenticated() ? "on" : "off");
        if (settings.authenticated() && !settings.starttls()) {
            log.warn("SMTP credentials are sent without encryption: set VERWIJSINDEX_SMTP_STARTTLS=true");
        }
        return client;
    }
}
