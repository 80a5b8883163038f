package nl.verwijsindex.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.regex.Pattern;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.notification.DemoHistoryOutbox;
import nl.verwijsindex.notification.mail.OutboxFolder;
import nl.verwijsindex.notification.outbox.OutboxCounts;
import nl.verwijsindex.notification.outbox.Withholding;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox of a local run for functional administrators: the {@code .eml} files of the outbox
 * folder, one message's text, how many notifications still wait to be sent and how many were
 * withheld because the demo generated them for past days. With SMTP settings
 * the page states that mail goes out by SMTP and lists no files.
 */
@Controller
class OutboxPage {

    /** The zone in which times are shown; the index serves Dutch municipalities. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Pattern INVITATION_TOKEN = Pattern.compile("/invitation/[A-Za-z0-9_-]+");
    static final String HIDDEN_TOKEN = "[hidden]";

    private static final String READ_OUTBOX_MESSAGE = "read-outbox-message";

    /** The maximum length of text that an audit entry stores in one field. */
    private static final int MAXIMUM_AUDITED_NAME = 200;

    private final OutboxFolder folder;
    private final OutboxCounts counts;
    private final Withholding withholding;
    private final AuditTrail trail;

    OutboxPage(OutboxFolder folder, OutboxCounts counts, Withholding withholding, AuditTrail trail) {
        this.folder = folder;
        this.counts = counts;
        this.withholding = withholding;
        this.trail = trail;
    }

    @GetMapping("/administration/outbox")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        requireFunctionalAdministrator(account);
        // The outbox belongs to the whole index, so the entry names no object.
        trail.record(entry(AuditOutcome.SUCCESS, "list-outbox", account, request));

        model.addAttribute("smtp", folder.smtpConfigured());
        model.addAttribute("messages", folder.list());
        model.addAttribute("maximumListed", OutboxFolder.MAXIMUM_LISTED);
        model.addAttribute("counts", counts.count());
        model.addAttribute("withheldDemoHistory", withholding.count(DemoHistoryOutbox.REASON));
        model.addAttribute("zone", ZONE);
        return "administration/outbox";
    }

    /** Shows one message; a name outside the folder's message files gives the 404 page. */
    @GetMapping("/administration/outbox/{fileName}")
    String show(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String fileName,
            Model model,
            HttpServletRequest request) {
        requireFunctionalAdministrator(account);
        var message = folder.read(fileName);
        if (message.isEmpty()) {
            // The name is not recorded, because a request can put any text in it.
            trail.recordSeparately(entry(AuditOutcome.REJECTED, READ_OUTBOX_MESSAGE, account, request));
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var read = entry(AuditOutcome.SUCCESS, READ_OUTBOX_MESSAGE, account, request);
        // A valid file name has only letters, digits, dots, hyphens and underscores, but may be
        // longer than an audit value, and is then left out.
        trail.record(fileName.length() <= MAXIMUM_AUDITED_NAME ? read.about("outbox-file", fileName) : read);

        model.addAttribute("message", withoutInvitationTokens(message.get()));
        model.addAttribute("zone", ZONE);
        return "administration/outbox-message";
    }

    /**
     * Hides the token of every invitation link, because whoever opens the link first chooses the
     * account's password and authenticator. The invited person finds the whole link in the email,
     * or in the {@code .eml} file in the default run.
     */
    static OutboxFolder.Message withoutInvitationTokens(OutboxFolder.Message message) {
        return new OutboxFolder.Message(
                message.summary(), hideInvitationTokens(message.text()), hideInvitationTokens(message.html()));
    }

    private static @Nullable String hideInvitationTokens(@Nullable String part) {
        return part == null ? null : INVITATION_TOKEN.matcher(part).replaceAll("/invitation/" + HIDDEN_TOKEN);
    }

    private static AuditEntry entry(
            AuditOutcome outcome, String purpose, SignedInAccount account, HttpServletRequest request) {
        return AuditEntry.of(AuditAction.READ, outcome, purpose)
                .by(account.auditActor())
                .from(request.getRemoteAddr());
    }

    private static void requireFunctionalAdministrator(SignedInAccount account) {
        if (account.role() != AccountRole.FUNCTIONAL_ADMINISTRATOR) {
            throw new AccessDeniedException("Only a functional administrator reads the outbox");
        }
    }
}
