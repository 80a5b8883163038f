package nl.verwijsindex.coordination.internal;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.testing.QueuedEmails;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the emails that the outbox delivered to GreenMail, by recipient address, after every
 * queued match and coordination email is sent or cancelled.
 */
final class CoordinationEmails {

    private final JdbcClient jdbc;
    private final GreenMail smtp;

    CoordinationEmails(JdbcClient jdbc, GreenMail smtp) {
        this.jdbc = jdbc;
        this.smtp = smtp;
    }

    /** Waits until the match emails are out, then empties the mailboxes, so a test reads only its own. */
    void discardMatchEmails() throws FolderException {
        QueuedEmails.awaitSent(jdbc);
        awaitQueued();
        smtp.purgeEmailFromAllMailboxes();
    }

    /** Waits until every queued coordination email is sent or cancelled. */
    void awaitQueued() {
        await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);
    }

    long pending() {
        return jdbc.sql("select count(*) from coordination_messages where sent_at is null and cancelled_at is null")
                .query(Long.class)
                .single();
    }

    long queued() {
        return jdbc.sql("select count(*) from coordination_messages")
                .query(Long.class)
                .single();
    }

    /**
     * Waits until the match and coordination emails are sent, then returns the delivered emails by
     * recipient; fails on two emails to one address.
     */
    Map<String, Email> delivered() throws MessagingException, IOException {
        QueuedEmails.awaitSent(jdbc);
        awaitQueued();
        var byRecipient = new TreeMap<String, Email>();
        for (var message : smtp.getReceivedMessages()) {
            var recipient = message.getRecipients(Message.RecipientType.TO)[0].toString();
            var previous = byRecipient.put(recipient, Email.of(message));
            if (previous != null) {
                throw new AssertionError(
                        "Two emails to " + recipient + ": " + previous.subject() + " and " + message.getSubject());
            }
        }
        return byRecipient;
    }

    /** A delivered email: subject, plain text and HTML. */
    record Email(String subject, String text, String html) {

        static Email of(MimeMessage message) throws MessagingException, IOException {
            return new Email(message.getSubject(), Emails.text(message), Emails.html(message));
        }
    }
}
