package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import nl.verwijsindex.notification.Emails;

/** Reads invitation emails that arrived at GreenMail, and the link and token in them. */
final class InvitationMails {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/invitation/([A-Za-z0-9_-]+)");

    private InvitationMails() {}

    /** Waits up to 5 seconds for the first email and returns it; fails when none or more arrived. */
    static MimeMessage receiveOne(GreenMail smtp) {
        assertThat(smtp.waitForIncomingEmail(5_000, 1))
                .as("an invitation email arrived")
                .isTrue();
        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    static String link(MimeMessage email) throws Exception {
        var matcher = LINK.matcher(Emails.text(email));
        assertThat(matcher.find()).as("the email contains an invitation link").isTrue();
        return matcher.group();
    }

    static String token(MimeMessage email) throws Exception {
        var matcher = LINK.matcher(Emails.text(email));
        assertThat(matcher.find()).as("the email contains an invitation link").isTrue();
        return matcher.group(1);
    }

    /** Returns the path of the link, such as {@code /invitation/abc...}, for a {@code WebSession}. */
    static String path(MimeMessage email) throws Exception {
        return "/invitation/" + token(email);
    }
}
