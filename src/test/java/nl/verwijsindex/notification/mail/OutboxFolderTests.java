package nl.verwijsindex.notification.mail;

import static nl.verwijsindex.notification.mail.Notifications.childMatch;
import static nl.verwijsindex.notification.mail.Notifications.familyMatch;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the match notifications that {@link OutboxFolderSender} wrote, as the outbox page does. */
class OutboxFolderTests {

    private static final UUID OLDER = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID NEWER = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final String OLDER_FILE = "notification-00000000-0000-4000-8000-000000000001.eml";
    private static final String NEWER_FILE = "notification-00000000-0000-4000-8000-000000000002.eml";

    @TempDir
    Path dataFolder;

    private Path outbox;

    @BeforeEach
    void writeTwoMessages() throws Exception {
        outbox = dataFolder.resolve("outbox");
        var composer = Notifications.composer();
        var sender = OutboxFolderSender.create(outbox);

        var older = composer.compose(childMatch(OLDER, TEACHER, 1042, "LLN-2291", NURSE));
        older.setSentDate(Date.from(Instant.parse("2026-12-04T09:15:00Z")));
        var newer = composer.compose(familyMatch(NEWER, CARER, 1043, null, TEACHER));
        newer.setSentDate(Date.from(Instant.parse("2026-12-04T10:30:00Z")));
        sender.send(OLDER, older);
        sender.send(NEWER, newer);
    }

    @Test
    void listsNewestFirst() {
        var messages = new OutboxFolder(outbox, false).list();

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).fileName()).isEqualTo(NEWER_FILE);
        assertThat(messages.get(0).time()).isEqualTo(Instant.parse("2026-12-04T10:30:00Z"));
        assertThat(messages.get(0).recipient()).isEqualTo(CARER.email());
        assertThat(messages.get(0).subject()).isEqualTo("Match in de verwijsindex: gezinsmatch bij uw melding 1043");
        assertThat(messages.get(1).fileName()).isEqualTo(OLDER_FILE);
        assertThat(messages.get(1).recipient()).isEqualTo(TEACHER.email());
        assertThat(messages.get(1).subject()).isEqualTo("Match in de verwijsindex: kindmatch bij uw melding 1042");
    }

    @Test
    void readsTextAndHtmlParts() {
        var message = new OutboxFolder(outbox, false).read(OLDER_FILE).orElseThrow();

        assertThat(message.summary().recipient()).isEqualTo(TEACHER.email());
        assertThat(message.text()).contains(NURSE.name(), NURSE.email(), "LLN-2291");
        assertThat(message.html()).startsWith("<!DOCTYPE html>").contains(NURSE.name());
    }

    @Test
    void leavesOutTemporaryAndOtherFiles() throws Exception {
        Files.writeString(outbox.resolve(".notification-x.eml.tmp"), "half a message");
        Files.writeString(outbox.resolve("notes.txt"), "not a message");
        Files.createDirectory(outbox.resolve("folder.eml"));
        Files.createSymbolicLink(outbox.resolve("link.eml"), outbox.resolve(OLDER_FILE));

        var folder = new OutboxFolder(outbox, false);

        assertThat(folder.list()).extracting(OutboxFolder.Summary::fileName).containsExactly(NEWER_FILE, OLDER_FILE);
        assertThat(folder.read("link.eml")).isEmpty();
        assertThat(folder.read("folder.eml")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../outbox/" + OLDER_FILE,
                "..",
                "../secret.eml",
                "..%2Fsecret.eml",
                "/etc/passwd",
                ".notification-x.eml.tmp",
                "sub/" + OLDER_FILE,
                "notes.txt",
                "missing.eml",
                ""
            })
    void rejectsNamesOutsideMessageFiles(String name) throws Exception {
        Files.writeString(dataFolder.resolve("secret.eml"), "Subject: outside the outbox\r\n\r\nsecret");
        Files.writeString(outbox.resolve(".notification-x.eml.tmp"), "Subject: temporary\r\n\r\nhalf");

        var message = new OutboxFolder(outbox, false).read(name);

        assertThat(message).isEmpty();
    }

    @Test
    void listsNothingWithSmtp() {
        var folder = new OutboxFolder(outbox, true);

        assertThat(folder.smtpConfigured()).isTrue();
        assertThat(folder.list()).isEmpty();
        assertThat(folder.read(OLDER_FILE)).isEmpty();
    }

    @Test
    void listsNothingWithoutFolder() {
        var folder = new OutboxFolder(dataFolder.resolve("no-such-folder"), false);

        assertThat(folder.list()).isEmpty();
    }
}
