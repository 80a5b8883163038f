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
}
