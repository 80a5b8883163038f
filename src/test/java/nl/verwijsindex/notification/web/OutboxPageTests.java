package nl.verwijsindex.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.verwijsindex.notification.mail.OutboxFolder;
import org.junit.jupiter.api.Test;

/** The outbox page hides invitation tokens, so that reading the outbox does not hand out accounts. */
class OutboxPageTests {

    private static final OutboxFolder.Summary SUMMARY = new OutboxFolder.Summary(
            "notification-1.eml", Instant.parse("2026-12-04T10:00:00Z"), "anna@example.test", "Uitnodiging");

    @Test
    void tokensHiddenInBothParts() {
        var message = new OutboxFolder.Message(
                SUMMARY,
                "Open http://localhost:8080/invitation/gAiE1qCm2-x_Y9 binnen 7 dagen.",
                "<a href=\"http://localhost:8080/invitation/gAiE1qCm2-x_Y9\">link</a>");

        var shown = OutboxPage.withoutInvitationTokens(message);

        assertThat(shown.text()).isEqualTo("Open http://localhost:8080/invitation/[hidden] binnen 7 dagen.");
        assertThat(shown.html()).isEqualTo("<a href=\"http://localhost:8080/invitation/[hidden]\">link</a>");
        assertThat(shown.summary()).isEqualTo(SUMMARY);
    }

    @Test
    void messageWithoutLinkUnchanged() {
        var message = new OutboxFolder.Message(SUMMARY, "Kindmatch op 4 december 2026", null);

        var shown = OutboxPage.withoutInvitationTokens(message);

        assertThat(shown.text()).isEqualTo("Kindmatch op 4 december 2026");
        assertThat(shown.html()).isNull();
    }
}
