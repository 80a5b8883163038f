package nl.verwijsindex.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose {@code Message-ID} stays the one given. A plain {@link MimeMessage} generates a
 * new id on every save, so a message sent again after a failure would look like a new one to the
 * recipient's mail client.
 */
final class StableIdMimeMessage extends MimeMessage {

    private final String messageId;

    StableIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
