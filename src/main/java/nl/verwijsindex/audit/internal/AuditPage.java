package nl.verwijsindex.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page where a functional administrator verifies the audit trail and reads its latest entries. */
@Controller
class AuditPage {

    /** The zone in which times are shown; the index serves Dutch municipalities. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final AuditOverview overview;

    AuditPage(AuditOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/administration/audit")
    String show(Authentication account, HttpServletRequest request, Model model) {
        var audit = overview.show(account, request.getRemoteAddr());

        if (audit.result() instanceof VerificationResult.Intact intact) {
            model.addAttribute("intact", intact);
        } else {
            model.addAttribute("broken", audit.result());
        }
        model.addAttribute("result", audit.result());
        model.addAttribute("entries", audit.latest());
        model.addAttribute("maximumListed", AuditOverview.LATEST);
        model.addAttribute("zone", ZONE);
        return "audit/overview";
    }
}
