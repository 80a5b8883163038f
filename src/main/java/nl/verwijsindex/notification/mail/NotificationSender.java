package nl.verwijsindex.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;

/** Delivers composed notification emails, by SMTP or to the outbox folder. */
public interface NotificationSender {

    /**
     * Delivers the message. Delivering the same message id again must not produce a second copy
     * where the sender can prevent it.
     *
     * @throws org.springframework.mail.MailException when the message was not delivered
     */
    void send(UUID messageId, MimeMessage message);

    /**
     * Opens a scope in which the calling thread's messages share a connection, for a sender that
     * has connections. A dispatch run opens one around its messages, so that a burst of emails does
     * not open a connection for each. Inside an open scope, a second call returns a scope that
     * closes nothing.
     */
    default ConnectionScope shareConnection() {
        return () -> {};
    }

    /** A scope of one thread's messages that share a connection. Closing it closes the connection. */
    @FunctionalInterface
    interface ConnectionScope extends AutoCloseable {

        @Override
        void close();
    }
}
