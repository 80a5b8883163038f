package nl.verwijsindex.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through an SMTP server. A message that the server accepted but whose sending was not
 * recorded (for example after a crash) is sent again with the same {@code Message-ID}, which lets
 * mail clients recognise the copy.
 */
final class SmtpNotificationSender implements NotificationSender {

    private final JavaMailSender mailSender;

    SmtpNotificationSender(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @Override
    public void send(UUID messageId, MimeMessage message) {
        mailSender.send(message);
    }
}
