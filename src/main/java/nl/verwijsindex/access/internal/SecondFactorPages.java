package nl.verwijsindex.access.internal;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.qr.QrData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages under {@code /profile} that change the password, replace the TOTP authenticator and
 * make new recovery codes. Each requires the current password. A successful change redirects to
 * the profile page with a confirmation, except new recovery codes, which are shown at once.
 */
@Controller
class SecondFactorPages {

    /**
     * The session attribute with the new TOTP secret that the authenticator page shows until it is
     * confirmed, encrypted like stored secrets, because Spring Session writes attributes to the database.
     */
    static final String PENDING_SECRET = SecondFactorPages.class.getName() + ".pendingTotpSecret";

    private static final String CONFIRMATION = "confirmation";

    private final SecondFactorChanges changes;
    private final TotpCodes totpCodes;
    private final SecretCipher secretCipher;
    private final MessageSource messages;
    private final AccountAudit audit;
    private final AuditedChange auditedChange;

    SecondFactorPages(
            SecondFactorChanges changes,
            TotpCodes totpCodes,
            SecretCipher secretCipher,
            MessageSource messages,
            AccountAudit audit,
            AuditedChange auditedChange) {
        this.changes = changes;
        this.totpCodes = totpCodes;
        this.secretCipher = secretCipher;
        this.messages = messages;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/profile/password")
    String passwordForm(Model model) {
        return showPasswordForm(model, FormErrors.none());
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String newPasswordRepeat,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var sessionId = request.getSession().getId();
        var errors = auditedChange.run(() -> {
            var formErrors =
                    changes.changePassword(account, currentPassword, newPassword, newPasswordRepeat, sessionId);
            if (formErrors.isEmpty()) {
                record(AccountAudit.CHANGE_PASSWORD, AuditOutcome.SUCCESS, account, request);
            }
            return formErrors;
        });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            record(AccountAudit.CHANGE_PASSWORD, AuditOutcome.REJECTED, account, request);
            return showPasswordForm(model, errors);
        }

        redirect.addFlashAttribute(CONFIRMATION, "password-changed");
        return "redirect:/profile";
    }

    @GetMapping("/profile/authenticator")
    String authenticatorForm(
            @AuthenticationPrincipal SignedInAccount account, HttpSession session, Model model, Locale locale) {
        return showAuthenticatorForm(account, pendingSecret(account, session), model, FormErrors.none(), locale);
    }

    @PostMapping("/profile/authenticator")
    String replaceAuthenticator(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var session = request.getSession();
        var secret = pendingSecret(account, session);
        var errors = auditedChange.run(() -> {
            var formErrors = changes.replaceAuthenticator(account, currentPassword, secret, code, session.getId());
            if (formErrors.isEmpty()) {
                record(AccountAudit.REPLACE_AUTHENTICATOR, AuditOutcome.SUCCESS, account, request);
            }
            return formErrors;
        });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            record(AccountAudit.REPLACE_AUTHENTICATOR, AuditOutcome.REJECTED, account, request);
            return showAuthenticatorForm(account, secret, model, errors, locale);
        }

        session.removeAttribute(PENDING_SECRET);
        redirect.addFlashAttribute(CONFIRMATION, "authenticator-replaced");
        return "redirect:/profile";
    }

    @GetMapping("/profile/recovery-codes")
    String recoveryCodesForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "profile/recovery-codes";
    }

    @PostMapping("/profile/recovery-codes")
    String replaceRecoveryCodes(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String currentPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var result = auditedChange.run(() -> {
            var replaced = changes.replaceRecoveryCodes(account, currentPassword);
            if (replaced.errors().isEmpty()) {
                record(AccountAudit.REPLACE_RECOVERY_CODES, AuditOutcome.SUCCESS, account, request);
            }
            return replaced;
        });
        if (!result.errors().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            record(AccountAudit.REPLACE_RECOVERY_CODES, AuditOutcome.REJECTED, account, request);
            model.addAttribute("errors", result.errors());
            return "profile/recovery-codes";
        }

        model.addAttribute("recoveryCodes", result.codes());
        return "profile/new-recovery-codes";
    }

    private void record(String purpose, AuditOutcome outcome, SignedInAccount account, HttpServletRequest request) {
        audit.ownAccount(AuditAction.WRITE, outcome, purpose, account, request.getRemoteAddr());
    }

    private String showPasswordForm(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        return "profile/password";
    }

    private String showAuthenticatorForm(
            SignedInAccount account, String secret, Model model, FormErrors errors, Locale locale) {
        var uri = new QrData.Builder()
                .label(account.displayName())
                .issuer(InvitationPage.TOTP_ISSUER)
                .secret(secret)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(30)
                .build()
                .getUri();
        var label = messages.getMessage("invitation.qr-code.label", null, locale);

        model.addAttribute("qrCode", QrCodeSvg.render(uri, label));
        model.addAttribute("secretGroups", SecretGroups.of(secret));
        model.addAttribute("errors", errors);
        return "profile/authenticator";
    }

    /** Returns the new secret kept in the session, and makes one when the session has none. */
    private String pendingSecret(SignedInAccount account, HttpSession session) {
        // Bound to the account, and apart from its stored secret, so it decrypts for this purpose only.
        var associatedData = account.id() + "/pending";
        if (session.getAttribute(PENDING_SECRET) instanceof byte[] encrypted) {
            return secretCipher.decrypt(encrypted, associatedData);
        }
        var secret = totpCodes.generateSecret();
        session.setAttribute(PENDING_SECRET, secretCipher.encrypt(secret, associatedData));
        return secret;
    }
}
