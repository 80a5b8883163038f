package nl.verwijsindex.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.coordination.OverseenMatches.OverseenMatch;
import nl.verwijsindex.coordination.OverseenMatches.OverseenMember;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Composes the notice to a municipal coordinator about a match whose members' organisations belong
 * to more than one municipality. It names the members, their organisations and municipalities, the
 * match type and date and the coordination status. It contains nothing about the child and no
 * signal's number or own reference, because the match it reads holds none of them.
 */
@Component
public class BorderNoticeMailComposer {

    static final String TEMPLATE = "border-notice";

    private final NotificationMailComposer composer;

    BorderNoticeMailComposer(NotificationMailComposer composer) {
        this.composer = composer;
    }

    /**
     * Composes the notice.
     *
     * @param municipalityName the name of the municipality where a child of the match is registered
     */
    public MimeMessage compose(
            UUID noticeId, String coordinatorEmail, String municipalityName, Locale locale, OverseenMatch match) {
        var type = match.type().code();
        var variables = new HashMap<String, Object>();
        variables.put("subject", text("border.subject", locale, municipalityName));
        variables.put("language", locale.toLanguageTag());
        variables.put("municipalityName", municipalityName);
        variables.put("introduction", text("border.introduction." + type, locale, municipalityName));
        variables.put("matchType", text("match.type." + type, locale));
        variables.put(
                "madeOn", DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(match.madeOn()));
        variables.put("status", text("border.status." + match.status().code(), locale));
        variables.put("proposedCoordinator", nameOf(match, match.proposedCoordinatorId(), locale));
        variables.put("coordinator", nameOf(match, match.coordinatorId(), locale));
        variables.put("members", match.members());
        var subject = (String) variables.get("subject");
        return composer.compose(
                TEMPLATE,
                composer.messageId("border", noticeId),
                coordinatorEmail,
                locale,
                subject,
                variables,
                "border notice " + noticeId);
    }

    private String nameOf(OverseenMatch match, @Nullable UUID professionalId, Locale locale) {
        return match.member(professionalId)
                .map(OverseenMember::professionalName)
                .orElseGet(() -> text("border.nobody", locale));
    }

    private String text(String code, Locale locale, Object... arguments) {
        return composer.text(code, locale, arguments);
    }
}
