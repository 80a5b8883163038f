package nl.verwijsindex.matching.internal;

import nl.verwijsindex.access.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page with the logged-in professional's active matches. */
@Controller
class MatchPages {

    private final ProfessionalMatches matches;

    MatchPages(ProfessionalMatches matches) {
        this.matches = matches;
    }

    @GetMapping("/matches")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("matches", matches.matches(account));
        return "matches/list";
    }
}
