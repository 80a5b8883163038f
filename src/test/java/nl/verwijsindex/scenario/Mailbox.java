package nl.verwijsindex.scenario;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads the emails that the GreenMail server received, returning each one once, so that a test can
 * tell which emails a step caused.
 */
final class Mailbox {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final GreenMail smtp;
    /** How many copies of each message were already returned, keyed by the raw message text. */
    private final Map<String, Integer> returned = new HashMap<>();

    Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /**
     * Waits until at least {@code expected} messages arrived that were not returned before, or until
     * the timeout, and returns all messages not returned before, which may be more or fewer.
     */
    List<Email> awaitNew(int expected, Duration timeout) throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (countNew() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return takeNew();
    }

    /** Returns the messages not returned before, without waiting. */
    List<Email> takeNew() {
        var seen = new HashMap<String, Integer>();
        var emails = new ArrayList<Email>();
        for (var message : smtp.getReceivedMessages()) {
            var raw = GreenMailUtil.getWholeMessage(message);
            int occurrence = seen.merge(raw, 1, Integer::sum);
            if (occurrence > returned.getOrDefault(raw, 0)) {
                emails.add(Email.of(message, raw));
                returned.put(raw, occurrence);
            }
        }
        return emails;
    }

    private int countNew() {
        return smtp.getReceivedMessages().length
                - returned.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * One received email.
     *
     * @param recipients the addresses in To, Cc and Bcc, without display names
     * @param text the subject and every text part, decoded, with HTML entities unescaped
     * @param raw the whole message as received, headers and encoded body included
     */
    record Email(List<String> recipients, String text, String raw) {

        static Email of(MimeMessage message, String raw) {
            try {
                var addresses = message.getAllRecipients();
                var recipients = addresses == null
                        ? List.<String>of()
                        : Arrays.stream(addresses)
                                .map(address -> ((InternetAddress) address).getAddress())
                                .toList();
                var text = message.getSubject() + "\n" + textOf(message);
                return new Email(recipients, text, raw);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Cannot read a received email:\n" + raw, e);
            }
        }

        private static String textOf(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/html")) {
                return HtmlUtils.htmlUnescape((String) part.getContent());
            }
            if (part.isMimeType("text/*")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                var text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(textOf(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return "";
        }
    }
}
