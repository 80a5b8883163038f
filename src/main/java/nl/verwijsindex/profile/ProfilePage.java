package nl.verwijsindex.profile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Objects;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile page at {@code /profile}. Each change is a form of its own that redirects back to the
 * page with a confirmation, or shows the page again with the error.
 */
@Controller
class ProfilePage {

    private static final Logger log = LoggerFactory.getLogger(ProfilePage.class);

    /** The name of the flash attribute whose value selects the message {@code profile.confirmation.<value>}. */
    static final String CONFIRMATION = "confirmation";

    private final ProfileService profiles;
    private final ProfileAudit audit;
    private final AuditedChange auditedChange;

    ProfilePage(ProfileService profiles, ProfileAudit audit, AuditedChange auditedChange) {
        this.profiles = profiles;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/profile")
    String show(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        var page = render(account, model, null, null);
        audit.record(
                AuditAction.READ,
                AuditOutcome.SUCCESS,
                ProfileAudit.READ_PROFILE,
                account,
                request.getRemoteAddr(),
                "account",
                account.id());
        return page;
    }

    /**
     * Stores the language and switches the pages to it, by the {@code lang} parameter that every
     * page reads.
     */
    @PostMapping("/profile/language")
    String changeLanguage(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String language,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!language.equals("nl") && !language.equals("en")) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            recordLanguage(AuditOutcome.REJECTED, account, request);
            return render(account, model, "language-invalid", null);
        }

        auditedChange.run(() -> {
            profiles.changeLanguage(account, Locale.forLanguageTag(language));
            recordLanguage(AuditOutcome.SUCCESS, account, request);
        });
        redirect.addFlashAttribute(CONFIRMATION, "language-saved");
        return "redirect:/profile?lang=" + language;
    }

    @PostMapping("/profile/phone")
    String changePhone(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String phone,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!account.isProfessional()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (Bsn.formsDigitsOf(phone)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            recordPhone(AuditOutcome.REJECTED, account, request);
            return render(account, model, "phone-bsn", "");
        }
        var valid = phone.isBlank() ? null : PhoneNumbers.validate(phone).orElse(null);
        if (!phone.isBlank() && valid == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            recordPhone(AuditOutcome.REJECTED, account, request);
            return render(account, model, "phone-invalid", phone);
        }

        auditedChange.run(() -> {
            profiles.changePhone(account, valid);
            recordPhone(AuditOutcome.SUCCESS, account, request);
        });
        log.info("Account {} changed the phone number of professional {}", account.id(), account.professionalId());
        redirect.addFlashAttribute(CONFIRMATION, valid == null ? "phone-removed" : "phone-saved");
        return "redirect:/profile";
    }

    private void recordLanguage(AuditOutcome outcome, SignedInAccount account, HttpServletRequest request) {
        audit.record(
                AuditAction.WRITE,
                outcome,
                ProfileAudit.CHANGE_LANGUAGE,
                account,
                request.getRemoteAddr(),
                "account",
                account.id());
    }

    /** Records a change of the professional's phone number; only a professional's account reaches it. */
    private void recordPhone(AuditOutcome outcome, SignedInAccount account, HttpServletRequest request) {
        audit.record(
                AuditAction.WRITE,
                outcome,
                ProfileAudit.CHANGE_PHONE,
                account,
                request.getRemoteAddr(),
                "professional",
                Objects.requireNonNull(account.professionalId()));
    }

    private String render(
            SignedInAccount account,
            Model model,
            @org.jspecify.annotations.Nullable String error,
            @org.jspecify.annotations.Nullable String typedPhone) {
        var profile = profiles.read(account);
        var professional = profile.professional();

        model.addAttribute("account", account);
        model.addAttribute("profile", profile.account());
        model.addAttribute("professional", professional);
        model.addAttribute("error", error);
        var shownPhone = typedPhone;
        if (shownPhone == null && professional != null) {
            shownPhone = professional.phone();
        }
        model.addAttribute("phone", shownPhone);
        model.addAttribute("phoneMaximumLength", PhoneNumbers.MAXIMUM_LENGTH);
        return "profile/show";
    }
}
