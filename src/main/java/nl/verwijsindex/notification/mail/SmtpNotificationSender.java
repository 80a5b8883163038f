package nl.verwijsindex.notification.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends through an SMTP server. A message that the server accepted but whose sending was not
 * recorded (for example after a crash) is sent again with the same {@code Message-ID}, which lets
 * mail clients recognise the copy.
 *
 * <p>Outside a {@link #shareConnection() shared connection}, each message opens a connection of its
 * own. Inside one, the thread's messages share a connection, which carries at most {@value
 * #MESSAGES_PER_CONNECTION} messages. When a reused connection fails because the server closed it,
 * the message is tried once more on a new connection. A message that the server rejects is not tried
 * again here, but in a later run, as any failed message is.
 */
final class SmtpNotificationSender implements NotificationSender {

    // NOTE: an estimate. Mail servers may limit the messages per connection; 20 stays below the
    // limits we expect and still saves 19 of every 20 connections.
    static final int MESSAGES_PER_CONNECTION = 20;

    private static final Logger log = LoggerFactory.getLogger(SmtpNotificationSender.class);

    private final JavaMailSenderImpl client;
    private final ThreadLocal<SharedConnection> shared = new ThreadLocal<>();

    SmtpNotificationSender(JavaMailSenderImpl client) {
        this.client = client;
    }

    @Override
    public void send(UUID messageId, MimeMessage message) {
        var connection = shared.get();
        if (connection == null) {
            client.send(message);
        } else {
            connection.send(message);
        }
    }

    @Override
    public ConnectionScope shareConnection() {
        if (shared.get() != null) {
            return () -> {};
        }
        var connection = new SharedConnection();
        shared.set(connection);
        return () -> {
            shared.remove();
            connection.close();
        };
    }

    /** The connection that one thread's messages share, opened at the first message. */
    private final class SharedConnection {

        private @Nullable Transport transport;
        private int carried;

        void send(MimeMessage message) {
            if (carried >= MESSAGES_PER_CONNECTION) {
                close();
            }
            boolean reused = transport != null;
            try {
                sendOnConnection(message);
            } catch (MessagingException | MailException first) {
                // A server that rejects a message replies and keeps the connection open (RFC 5321,
                // section 3.8), so only a closed connection is worth a second attempt.
                boolean closedByServer = reused && !isOpen();
                close();
                if (!closedByServer) {
                    throw translate(first);
                }
                log.debug(
                        "The mail server closed a shared SMTP connection ({}), so the message is sent on a new one",
                        first.getClass().getSimpleName());
                try {
                    sendOnConnection(message);
                } catch (MessagingException | MailException second) {
                    close();
                    throw translate(second);
                }
            }
        }

        private void sendOnConnection(MimeMessage message) throws MessagingException {
            var open = transport;
            if (open == null) {
                open = connect();
                transport = open;
                carried = 0;
            }
            // Spring's client updates the headers before sending too. The Message-ID stays the same.
            message.saveChanges();
            var recipients = message.getAllRecipients();
            open.sendMessage(message, recipients == null ? new Address[0] : recipients);
            carried++;
        }

        /** Returns whether the connection is still open, which costs one NOOP command. */
        private boolean isOpen() {
            var open = transport;
            return open != null && open.isConnected();
        }

        /** Opens a connection, and reports a failure with the exception and message of Spring's client. */
        private Transport connect() {
            try {
                var opened = client.getSession().getTransport(client.getProtocol());
                opened.connect(client.getHost(), client.getPort(), client.getUsername(), client.getPassword());
                return opened;
            } catch (AuthenticationFailedException e) {
                throw new MailAuthenticationException(e);
            } catch (MessagingException e) {
                throw new MailSendException("Mail server connection failed", e);
            }
        }

        void close() {
            var open = transport;
            transport = null;
            carried = 0;
            if (open == null) {
                return;
            }
            try {
                open.close();
            } catch (MessagingException e) {
                log.debug(
                        "Closing a shared SMTP connection failed: {}",
                        e.getClass().getSimpleName());
            }
        }
    }

    private static MailException translate(Exception failure) {
        if (failure instanceof MailException alreadyTranslated) {
            return alreadyTranslated;
        }
        return new MailSendException("Sending by SMTP failed", failure);
    }
}
