package nl.verwijsindex.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.verwijsindex.system.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailConfigurationTests {

    @TempDir
    Path dataFolder;

    private final MailConfiguration configuration = new MailConfiguration();

    @Test
    void withoutHostWritesToOutboxFolder() throws Exception {
        var settings = new MailSettings("verwijsindex@localhost", "", 587, "", "", true);

        var sender = configuration.notificationSender(settings, new DataFolder(dataFolder));

        assertThat(sender).isInstanceOf(OutboxFolderSender.class);
        var outbox = dataFolder.resolve("outbox");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)))
                .isEqualTo("rwx------");
    }

    @Test
    void namesAngusStreamProvider() {
        var previous = System.clearProperty(MailConfiguration.STREAM_PROVIDER_PROPERTY);
        try {
            MailConfiguration.nameStreamProvider();

            assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
                    .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
            // The named class is the provider Jakarta Mail finds, so writing a message still works.
            assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName())
                    .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        } finally {
            restore(previous);
        }
    }

    @Test
    void keepsStreamProviderSetByOperator() {
        var previous = System.setProperty(MailConfiguration.STREAM_PROVIDER_PROPERTY, "com.example.OwnProvider");
        try {
            MailConfiguration.nameStreamProvider();

            assertThat(System.getProperty("jakarta.mail.util.StreamProvider")).isEqualTo("com.example.OwnProvider");
        } finally {
            restore(previous);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(MailConfiguration.STREAM_PROVIDER_PROPERTY);
        } else {
            System.setProperty(MailConfiguration.STREAM_PROVIDER_PROPERTY, previous);
        }
    }

    @Test
    void withHostSendsBySmtp() {
        var settings = new MailSettings("verwijsindex@localhost", "smtp.example.nl", 587, "", "", true);

        var sender = configuration.notificationSender(settings, new DataFolder(dataFolder));

        assertThat(sender).isInstanceOf(SmtpNotificationSender.class);
        assertThat(dataFolder.resolve("outbox")).doesNotExist();
    }

    @Test
    void smtpClientRequiresStarttlsAndAuthenticates() {
        var settings = new MailSettings("verwijsindex@localhost", "smtp.example.nl", 587, "mailer", "secret", true);

        var client = MailConfiguration.smtpClient(settings);

        assertThat(client.getHost()).isEqualTo("smtp.example.nl");
        assertThat(client.getPort()).isEqualTo(587);
        assertThat(client.getUsername()).isEqualTo("mailer");
        assertThat(client.getPassword()).isEqualTo("secret");
        var properties = client.getJavaMailProperties();
        assertThat(properties.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(properties.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(properties.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(properties.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
        assertThat(properties.getProperty("mail.smtp.timeout")).isEqualTo("30000");
        assertThat(properties.getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
    }

    @Test
    void smtpClientWithoutUsernameSkipsAuthentication() {
        var settings = new MailSettings("verwijsindex@localhost", "127.0.0.1", 2525, null, null, false);

        var client = MailConfiguration.smtpClient(settings);

        assertThat(client.getUsername()).isNull();
        var properties = client.getJavaMailProperties();
        assertThat(properties.getProperty("mail.smtp.auth")).isNull();
        assertThat(properties.getProperty("mail.smtp.starttls.enable")).isNull();
    }

    @Test
    void rejectsSenderWithoutDomain() {
        var settings = new MailSettings("verwijsindex", "", 587, null, null, true);

        assertThatIllegalArgumentException()
                .isThrownBy(settings::fromAddress)
                .withMessageStartingWith("Invalid sender address 'verwijsindex'")
                .withMessageEndingWith("set VERWIJSINDEX_MAIL_FROM to an address such as noreply@example.nl");
    }

    @Test
    void rejectsPortOutOfRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MailSettings("verwijsindex@localhost", "", 0, null, null, true))
                .withMessage("Invalid SMTP port 0: set VERWIJSINDEX_SMTP_PORT to a port between 1 and 65535");
    }
}
