package nl.verwijsindex.web;

import nl.verwijsindex.access.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the logged-in account, so that the layout shows a professional's links in its header. */
@ControllerAdvice
class SignedInAccountAdvice {

    @ModelAttribute("signedInAccount")
    @Nullable
    SignedInAccount signedInAccount(@AuthenticationPrincipal @Nullable SignedInAccount account) {
        return account;
    }
}
