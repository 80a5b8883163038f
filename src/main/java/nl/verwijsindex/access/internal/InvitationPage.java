package nl.verwijsindex.access.internal;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.qr.QrData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.verwijsindex.access.internal.InvitationAcceptance.OpenInvitation;
import nl.verwijsindex.access.internal.InvitationAcceptance.Outcome;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind an invitation link, where a person chooses a password, enrols a TOTP
 * authenticator and gets their recovery codes. Every link that does not work gets the same page,
 * and each such request with a well-formed token counts as a failure of the client address in
 * {@link LoginAttempts}, so that guessing tokens is blocked like guessing passwords.
 */
@Controller
class InvitationPage {

    /** The issuer that authenticator apps show beside the account, as the Key URI Format of Google Authenticator defines it. */
    static final String TOTP_ISSUER = "Verwijsindex";

    private final InvitationAcceptance acceptance;
    private final LoginAttempts attempts;
    private final MessageSource messages;
    private final Clock clock;
    private final AccountAudit audit;
    private final AuditedChange auditedChange;

    InvitationPage(
            InvitationAcceptance acceptance,
            LoginAttempts attempts,
            MessageSource messages,
            Clock clock,
            AccountAudit audit,
            AuditedChange auditedChange) {
        this.acceptance = acceptance;
        this.attempts = attempts;
        this.messages = messages;
        this.clock = clock;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/invitation/{token}")
    String form(
            @PathVariable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        var attempt = attempts.startInvitation(request.getRemoteAddr());
        if (attempt.isEmpty()) {
            audit.invitation(
                    AuditAction.READ,
                    AuditOutcome.BLOCKED,
                    AccountAudit.READ_INVITATION,
                    null,
                    request.getRemoteAddr());
            return blocked(response);
        }

        var invitation = acceptance.open(token);
        var origin = request.getRemoteAddr();
        if (invitation.isEmpty()) {
            audit.invitation(AuditAction.READ, AuditOutcome.REJECTED, AccountAudit.READ_INVITATION, null, origin);
            return invalid(token, attempt.get(), response);
        }
        attempt.get().succeeded();
        var accountId = invitation.get().accountId();
        audit.invitation(AuditAction.READ, AuditOutcome.SUCCESS, AccountAudit.READ_INVITATION, accountId, origin);
        return show(model, token, invitation.get(), FormErrors.none(), locale);
    }

    /** Accepts the invitation and shows the recovery codes, or shows the form again with its errors. */
    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String passwordRepeat,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        var attempt = attempts.startInvitation(request.getRemoteAddr());
        if (attempt.isEmpty()) {
            audit.invitation(
                    AuditAction.WRITE,
                    AuditOutcome.BLOCKED,
                    AccountAudit.ACCEPT_INVITATION,
                    null,
                    request.getRemoteAddr());
            return blocked(response);
        }

        var origin = request.getRemoteAddr();
        var outcome = auditedChange.run(() -> {
            var result = acceptance.accept(token, password, passwordRepeat, code);
            if (result instanceof Outcome.Accepted accepted) {
                audit.invitation(
                        AuditAction.WRITE,
                        AuditOutcome.SUCCESS,
                        AccountAudit.ACCEPT_INVITATION,
                        accepted.accountId(),
                        origin);
            }
            return result;
        });
        if (outcome instanceof Outcome.Invalid) {
            audit.invitation(AuditAction.WRITE, AuditOutcome.REJECTED, AccountAudit.ACCEPT_INVITATION, null, origin);
            return invalid(token, attempt.get(), response);
        }
        attempt.get().succeeded();
        if (outcome instanceof Outcome.Accepted accepted) {
            model.addAttribute("email", accepted.email());
            model.addAttribute("recoveryCodes", accepted.recoveryCodes());
            return "invitation/accepted";
        }
        var rejected = (Outcome.Rejected) outcome;
        audit.invitation(
                AuditAction.WRITE,
                AuditOutcome.REJECTED,
                AccountAudit.ACCEPT_INVITATION,
                rejected.invitation().accountId(),
                origin);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, token, rejected.invitation(), rejected.errors(), locale);
    }

    private String show(Model model, String token, OpenInvitation invitation, FormErrors errors, Locale locale) {
        var uri = new QrData.Builder()
                .label(invitation.email())
                .issuer(TOTP_ISSUER)
                .secret(invitation.totpSecret())
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(30)
                .build()
                .getUri();
        var label = messages.getMessage("invitation.qr-code.label", null, locale);

        var expiresAt = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", locale)
                .withZone(clock.getZone())
                .format(invitation.expiresAt());

        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("expiresAt", expiresAt);
        model.addAttribute("qrCode", QrCodeSvg.render(uri, label));
        model.addAttribute("secretGroups", SecretGroups.of(invitation.totpSecret()));
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        model.addAttribute("errors", errors);
        return "invitation/accept";
    }

    /**
     * Shows the one page for a link that does not work. Only a token that no invitation ever had
     * stays counted as a guess: a token of the wrong form can never be right, and a used, replaced
     * or expired link is one that the person was sent.
     */
    private String invalid(String token, LoginAttempts.Attempt attempt, HttpServletResponse response) {
        if (!InvitationTokens.FORMAT.matcher(token).matches() || acceptance.wasIssued(token)) {
            attempt.succeeded();
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "invitation/invalid";
    }

    private static String blocked(HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        return "invitation/blocked";
    }
}
