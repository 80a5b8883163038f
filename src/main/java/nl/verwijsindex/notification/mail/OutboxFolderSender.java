package nl.verwijsindex.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailSendException;

/**
 * Writes each message as {@code notification-<message id>.eml} to a folder, for a local run without
 * SMTP. The folder and files are readable only by their owner, because the messages contain
 * contact details. A message is first written to a hidden temporary file and then moved into
 * place atomically, so readers never see half a message and writing the same message id again
 * replaces the file.
 */
final class OutboxFolderSender implements NotificationSender {

    private final Path folder;

    private OutboxFolderSender(Path folder) {
        this.folder = folder;
    }

    /** Creates the folder, readable only by its owner, if it does not exist yet. */
    static OutboxFolderSender create(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            return new OutboxFolderSender(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the outbox folder " + folder, e);
        }
    }

    static String fileName(UUID messageId) {
        return "notification-" + messageId + ".eml";
    }

    @Override
    public void send(UUID messageId, MimeMessage message) {
        var target = folder.resolve(fileName(messageId));
        @Nullable Path temporary = null;
        try {
            temporary = Files.createTempFile(
                    folder,
                    "." + fileName(messageId),
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var output = Files.newOutputStream(temporary)) {
                message.writeTo(output);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            deleteQuietly(temporary);
            throw new MailSendException("Cannot write " + target, e);
        }
    }

    private static void deleteQuietly(@Nullable Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The write already failed, and that exception is the one to report.
        }
    }
}
