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
 * <p>Outside a {@link #shareConnection() shared connection} each message opens a connection of its
 * own. Inside one, the thread's messages share a connection, at most {@value #MESSAGES_PER_CONNECTION}
 * each, because some servers close a connection after a number of messages. When a shared
 * connection that already carried a message fails because the server closed it, the message is tried
 * once more on a new connection. A server that refuses the message itself is not asked again.
 */
final class SmtpNotificationSender implements NotificationSender {

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
                // A server that refuses a message answers and keeps the connection open; asking
                // again would get the same answer.
                boolean closedByServer = reused && !isOpen();
                close();
                if (!closedByServer) {
                    throw translate(first);
                }
                log.debug(
                        "A shared SMTP connection failed ({}), so the message is tried on a new one",
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
            // As the client does for a message of its own: the composed Message-ID stays, because
            // the message keeps it when its headers are updated.
            message.saveChanges();
            var recipients = message.getAllRecipients();
            open.sendMessage(message, recipients == null ? new Address[0] : recipients);
            carried++;
        }

        /** Returns whether the connection still answers; the check costs a NOOP command. */
        private boolean isOpen() {
            var open = transport;
            return open != null && open.isConnected();
        }

        /** Opens a connection; its failures are reported in the words of Spring's own client. */
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
