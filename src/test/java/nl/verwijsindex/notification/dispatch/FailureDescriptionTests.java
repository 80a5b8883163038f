package nl.verwijsindex.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class FailureDescriptionTests {

    @Test
    void masksAddressInServerReply() {
        var failure = new MessagingException("550 5.1.1 <anna.devries@school.test>: Recipient address rejected");

        var description = FailureDescription.of(failure);

        assertThat(description).isEqualTo("MessagingException: 550 5.1.1 <[address]>: Recipient address rejected");
    }

    @Test
    void describesEveryCause() {
        var failure = new MailSendException(
                "Mail server connection failed",
                new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525; timeout 10000"));

        var description = FailureDescription.of(failure);

        assertThat(description)
                .isEqualTo("MailSendException: Mail server connection failed"
                        + " <- MessagingException: Couldn't connect to host, port: 127.0.0.1, 2525; timeout 10000");
    }

    @Test
    void shortensLongDescription() {
        var failure = new IllegalStateException("x".repeat(5000));

        var description = FailureDescription.of(failure);

        assertThat(description).hasSize(FailureDescription.MAX_LENGTH).endsWith("...");
    }

    @Test
    void omitsMissingMessage() {
        var description = FailureDescription.of(new NullPointerException());

        assertThat(description).isEqualTo("NullPointerException");
    }
}
