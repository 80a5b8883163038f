package nl.verwijsindex.notification.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings, from the {@code VERWIJSINDEX_SMTP_*} and {@code VERWIJSINDEX_MAIL_FROM}
 * environment variables. Without a host the notifications go to the outbox folder instead.
 *
 * @param from the sender address, optionally with a display name ({@code Verwijsindex <noreply@example.nl>})
 * @param host the SMTP server, blank for the outbox folder
 * @param port the SMTP port
 * @param username the SMTP user, which turns authentication on when set
 * @param password the SMTP password
 * @param starttls whether the connection must be upgraded with STARTTLS before anything is sent
 */
@ConfigurationProperties("verwijsindex.mail")
record MailSettings(
        String from,
        @Nullable String host,
        int port,
        @Nullable String username,
        @Nullable String password,
        boolean starttls) {

    MailSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(
                    "Invalid SMTP port " + port + ": set VERWIJSINDEX_SMTP_PORT to a port between 1 and 65535");
        }
    }

    boolean smtpConfigured() {
        return host != null && !host.isBlank();
    }

    boolean authenticated() {
        return username != null && !username.isBlank();
    }

    /** Parses the sender address; it must contain a domain, which also names the Message-ID. */
    InternetAddress fromAddress() {
        try {
            var address = new InternetAddress(from, true);
            if (!address.getAddress().contains("@")) {
                throw new AddressException("the address has no domain");
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "Invalid sender address '" + from + "' (" + e.getMessage()
                            + "): set VERWIJSINDEX_MAIL_FROM to an address such as noreply@example.nl",
                    e);
        }
    }
}
