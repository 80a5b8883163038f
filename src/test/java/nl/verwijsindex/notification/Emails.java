package nl.verwijsindex.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;

/**
 * Reads the parts of a notification email. Line breaks come back as {@code \n}, because a message
 * read from a file or a server has the CRLF line breaks of MIME.
 */
public final class Emails {

    private Emails() {}

    public static MimeMultipart alternatives(MimeMessage message) throws MessagingException, IOException {
        return (MimeMultipart) message.getContent();
    }

    public static String text(MimeMessage message) throws MessagingException, IOException {
        return content(part(message, "text/plain"));
    }

    public static String html(MimeMessage message) throws MessagingException, IOException {
        return content(part(message, "text/html"));
    }

    private static String content(BodyPart part) throws MessagingException, IOException {
        return ((String) part.getContent()).replace("\r\n", "\n");
    }

    private static BodyPart part(MimeMessage message, String type) throws MessagingException, IOException {
        var alternatives = alternatives(message);
        for (int i = 0; i < alternatives.getCount(); i++) {
            if (alternatives.getBodyPart(i).isMimeType(type)) {
                return alternatives.getBodyPart(i);
            }
        }
        throw new AssertionError("The email has no " + type + " part");
    }
}
