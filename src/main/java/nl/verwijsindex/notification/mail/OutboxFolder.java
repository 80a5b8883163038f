package nl.verwijsindex.notification.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verwijsindex.system.DataFolder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code .eml} files that {@link OutboxFolderSender} writes when no SMTP host is set, so
 * that an administrator can read the messages of a local run on a page. With SMTP the folder is
 * not used, and this class lists nothing.
 */
@Component
public class OutboxFolder {

    /** Maximum number of files listed, the newest by modification time, so that a large folder still gives a quick page. */
    public static final int MAXIMUM_LISTED = 200;

    /**
     * Names of files that the page may open: a letter or digit first, then letters, digits, dots,
     * hyphens and underscores, and {@code .eml}. No slash and no leading dot, so a name never leaves
     * the folder and never names a temporary file of the sender.
     */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.eml");

    private static final Logger log = LoggerFactory.getLogger(OutboxFolder.class);

    private final Path folder;
    private final boolean smtpConfigured;
    private final Session session = Session.getInstance(new Properties());

    @Autowired
    OutboxFolder(MailSettings settings, DataFolder dataFolder) {
        // NOTE: MailConfiguration names the same folder for OutboxFolderSender, so change both together.
        this(dataFolder.resolve("outbox"), settings.smtpConfigured());
    }

    /** Reads the given folder. With {@code smtpConfigured} true it lists nothing, as with SMTP settings. */
    public OutboxFolder(Path folder, boolean smtpConfigured) {
        this.folder = folder.toAbsolutePath().normalize();
        this.smtpConfigured = smtpConfigured;
    }

    /** Returns whether messages go out by SMTP, so that the folder is not used. */
    public boolean smtpConfigured() {
        return smtpConfigured;
    }

    /** Lists the newest messages first, at most {@link #MAXIMUM_LISTED}. A file that is no readable message is left out. */
    public List<Summary> list() {
        if (smtpConfigured || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> isMessageFile(file.getFileName().toString()))
                    .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(OutboxFolder::modified).reversed())
                    .limit(MAXIMUM_LISTED)
                    .map(this::summary)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Summary::time).reversed().thenComparing(Summary::fileName))
                    .toList();
        } catch (IOException e) {
            log.warn("Cannot list the outbox folder {}: {}", folder, e.toString());
            return List.of();
        }
    }

    /**
     * Reads one message by its file name. Returns empty for a name outside the pattern of message
     * files, such as one with {@code ../}, for a missing file, a symbolic link, and for SMTP mode.
     */
    public Optional<Message> read(String fileName) {
        if (smtpConfigured || !isMessageFile(fileName)) {
            return Optional.empty();
        }
        var file = folder.resolve(fileName).normalize();
        if (!folder.equals(file.getParent()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return parse(file).map(message -> {
            var parts = new Parts();
            try {
                parts.collect(message);
            } catch (MessagingException | IOException e) {
                log.warn("Cannot read the parts of {}: {}", file, e.toString());
            }
            return new Message(summaryOf(file, message), parts.text, parts.html);
        });
    }

    static boolean isMessageFile(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    private Optional<Summary> summary(Path file) {
        return parse(file).map(message -> summaryOf(file, message));
    }

    private Optional<MimeMessage> parse(Path file) {
        try (InputStream input = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            // The constructor reads the whole stream, so the message stays readable after the file is closed.
            return Optional.of(new MimeMessage(session, input));
        } catch (IOException | MessagingException e) {
            log.warn("Cannot read the message file {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private static Summary summaryOf(Path file, MimeMessage message) {
        try {
            var sent = message.getSentDate();
            var recipients = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
            return new Summary(
                    file.getFileName().toString(),
                    sent == null ? modified(file) : sent.toInstant(),
                    recipients == null || recipients.length == 0 ? "" : recipients[0].toString(),
                    message.getSubject() == null ? "" : message.getSubject());
        } catch (MessagingException e) {
            return new Summary(file.getFileName().toString(), modified(file), "", "");
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** The first plain-text and the first HTML part of a message, found depth-first. */
    private static final class Parts {

        private @Nullable String text;
        private @Nullable String html;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
        }
    }

    /**
     * One message in the list.
     *
     * @param time the {@code Date} header, or the file's modification time when the message has none
     * @param recipient the first {@code To} address, empty when there is none
     */
    public record Summary(String fileName, Instant time, String recipient, String subject) {}

    /** A message with its plain-text and HTML parts; either is {@code null} when the message has none. */
    public record Message(
            Summary summary,
            @Nullable String text,
            @Nullable String html) {}
}
