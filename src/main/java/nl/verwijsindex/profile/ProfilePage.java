package nl.verwijsindex.profile;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.verwijsindex.access.SignedInAccount;
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

    ProfilePage(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/profile")
    String show(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return render(account, model, null, null);
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
            HttpServletResponse response) {
        if (!language.equals("nl") && !language.equals("en")) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(account, model, "language-invalid", null);
        }

        profiles.changeLanguage(account, Locale.forLanguageTag(language));
        redirect.addFlashAttribute(CONFIRMATION, "language-saved");
        return "redirect:/profile?lang=" + language;
    }

    @PostMapping("/profile/phone")
    String changePhone(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String phone,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!account.isProfessional()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (Bsn.formsDigitsOf(phone)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(account, model, "phone-bsn", "");
        }
        var valid = phone.isBlank() ? null : PhoneNumbers.validate(phone).orElse(null);
        if (!phone.isBlank() && valid == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(account, model, "phone-invalid", phone);
        }

        profiles.changePhone(account, valid);
        log.info("Account {} changed the phone number of professional {}", account.id(), account.professionalId());
        redirect.addFlashAttribute(CONFIRMATION, valid == null ? "phone-removed" : "phone-saved");
        return "redirect:/profile";
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
