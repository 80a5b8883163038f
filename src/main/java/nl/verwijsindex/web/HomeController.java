package nl.verwijsindex.web;

import nl.verwijsindex.access.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: who is logged in, in which role and for which organisation. */
@Controller
class HomeController {

    @GetMapping("/home")
    String home(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("account", account);
        return "home";
    }
}
