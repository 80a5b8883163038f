package nl.verwijsindex.notification.mail;

import static nl.verwijsindex.notification.mail.Notifications.childMatch;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import nl.verwijsindex.notification.Emails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxFolderSenderTests {

    private static final UUID FIRST = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-4000-8000-000000000002");

    @TempDir
    Path dataFolder;

    private final NotificationMailComposer composer = Notifications.composer();

    @Test
    void writesOneFilePerMessage() throws Exception {
        var outbox = dataFolder.resolve("outbox");
        var sender = OutboxFolderSender.create(outbox);

        sender.send(FIRST, composer.compose(childMatch(FIRST, TEACHER, 1042, "LLN-2291", NURSE)));
        sender.send(SECOND, composer.compose(childMatch(SECOND, NURSE, 1043, null, TEACHER)));

        assertThat(fileNames(outbox))
                .containsExactly(
                        "notification-00000000-0000-4000-8000-000000000001.eml",
                        "notification-00000000-0000-4000-8000-000000000002.eml");
    }

    @Test
    void fileHasHeadersAndBothParts() throws Exception {
        var outbox = dataFolder.resolve("outbox");
        var sender = OutboxFolderSender.create(outbox);

        sender.send(FIRST, composer.compose(childMatch(FIRST, TEACHER, 1042, "LLN-2291", NURSE, CARER)));

        var email = read(outbox.resolve("notification-00000000-0000-4000-8000-000000000001.eml"));
        assertThat(email.getMessageID()).isEqualTo("<notification.00000000-0000-4000-8000-000000000001@gemeente.test>");
        assertThat(email.getFrom())
                .extracting(Object::toString)
                .containsExactly("Verwijsindex <verwijsindex@gemeente.test>");
        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("anna.devries@school.test");
        assertThat(email.getSubject()).isEqualTo("Match in de verwijsindex: kindmatch bij uw melding 1042");
        assertThat(email.getSentDate()).isEqualTo(Date.from(Notifications.NOW));
        assertThat(email.getContentType()).startsWith("multipart/alternative");
        assertThat(Emails.alternatives(email).getCount()).isEqualTo(2);
        assertThat(Emails.text(email)).contains("Carla Smit\n", "E-mailadres: eva.visser@jeugdhulp.test\n");
        assertThat(Emails.html(email)).contains(">Eva Visser</th>");
    }

    @Test
    void sendingAgainReplacesFile() throws Exception {
        var outbox = dataFolder.resolve("outbox");
        var sender = OutboxFolderSender.create(outbox);

        sender.send(FIRST, composer.compose(childMatch(FIRST, TEACHER, 1042, null, NURSE)));
        sender.send(FIRST, composer.compose(childMatch(FIRST, TEACHER, 1042, null, NURSE, CARER)));

        assertThat(fileNames(outbox)).containsExactly("notification-00000000-0000-4000-8000-000000000001.eml");
        var email = read(outbox.resolve("notification-00000000-0000-4000-8000-000000000001.eml"));
        assertThat(Emails.text(email)).contains("Eva Visser\n");
    }

    @Test
    void folderAndFilesAreOwnerOnly() throws Exception {
        var outbox = dataFolder.resolve("outbox");
        var sender = OutboxFolderSender.create(outbox);

        sender.send(FIRST, composer.compose(childMatch(FIRST, TEACHER, 1042, null, NURSE)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)))
                .isEqualTo("rwx------");
        var file = outbox.resolve("notification-00000000-0000-4000-8000-000000000001.eml");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    /** Returns every file name in the folder, hidden temporary files included, sorted. */
    private static java.util.List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static MimeMessage read(Path file) throws Exception {
        try (var input = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), input);
        }
    }
}
