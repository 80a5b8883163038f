package nl.verwijsindex.bench.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verwijsindex.bench.load.OwnReferences;

/**
 * The arrivals file of the mail sink: a CSV line {@code arrived_at_ms,message_id,own_reference} per
 * delivered email, written as soon as the email arrives. The own reference is the first one of the
 * load driver's form found in the plain text part, and empty when there is none (for example in an
 * email about a signal of the national data set). Nothing else of the email is kept, because it
 * contains the professionals' contact details.
 */
final class ArrivalLog {

    static final String HEADER = "arrived_at_ms,message_id,own_reference";

    private final BufferedWriter writer;

    ArrivalLog(Path file) throws IOException {
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.newLine();
        writer.flush();
    }

    synchronized void record(long arrivedAtMillis, MimeMessage message) {
        String messageId;
        String text;
        try {
            messageId = message.getMessageID();
            text = plainText(message);
        } catch (MessagingException | IOException e) {
            System.err.println("Mail sink: an email could not be read: " + e.getMessage());
            messageId = null;
            text = "";
        }

        var ownReference = OwnReferences.find(text).orElse("");
        try {
            writer.write(arrivedAtMillis + "," + csvField(messageId) + "," + ownReference);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the arrivals file failed", e);
        }
    }

    synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            System.err.println("Mail sink: closing the arrivals file failed: " + e.getMessage());
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                var text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /** Keeps a Message-ID in one CSV field by replacing commas and quotes, which the index's ids do not contain. */
    private static String csvField(String value) {
        return value == null ? "" : value.replace(",", " ").replace("\"", " ");
    }
}
