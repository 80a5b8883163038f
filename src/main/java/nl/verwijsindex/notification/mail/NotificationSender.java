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
     * Lets the messages that the calling thread sends until the returned scope is closed share
     * connections, where the sender has them. A dispatch run opens one around its messages, so
     * that a burst of emails does not pay for a new connection each. Inside an open scope, a
     * second call returns a scope that closes nothing.
     */
    default ConnectionScope shareConnection() {
        return () -> {};
    }

    /** The messages of one thread that share a connection; closing it closes the connection. */
    @FunctionalInterface
    interface ConnectionScope extends AutoCloseable {

        @Override
        void close();
    }
}
