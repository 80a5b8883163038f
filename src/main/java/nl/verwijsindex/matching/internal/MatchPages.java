package nl.verwijsindex.matching.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page with the logged-in professional's active matches and their coordination. The forms of
 * coordination post elsewhere and come back here with flash attributes: {@code coordinationMatch}
 * (the match they were about), and {@code coordinationDone} or {@code coordinationError} (a code).
 */
@Controller
class MatchPages {

    /** Rejections that concern the choice in the propose form, so the page shows them at that field. */
    private static final Set<String> PROPOSE_FIELD_ERRORS =
            Set.of("candidate-missing", "not-a-member", "signal-only", "already-coordinator");

    private final ProfessionalMatches matches;
    private final MatchAudit audit;

    MatchPages(ProfessionalMatches matches, MatchAudit audit) {
        this.matches = matches;
        this.audit = audit;
    }

    /**
     * Shows the matches, or with a 403 only the refusal when the professional is deactivated or
     * their organisation is suspended.
     */
    @GetMapping("/matches")
    String list(
            @AuthenticationPrincipal SignedInAccount account,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!matches.mayRead(account)) {
            recordList(AuditOutcome.REJECTED, account, request);
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refused", true);
            model.addAttribute("matches", List.of());
            return "matches/list";
        }

        var found = matches.matches(account);
        model.addAttribute("refused", false);
        model.addAttribute("matches", found);
        model.addAttribute("professionalId", account.professionalId());

        var matchId = (UUID) model.getAttribute("coordinationMatch");
        var error = (String) model.getAttribute("coordinationError");
        // The page numbers its match sections from 1; 0 means the match is not on the page any more.
        int section = IntStream.range(0, found.size())
                .filter(index -> found.get(index).id().equals(matchId))
                .map(index -> index + 1)
                .findFirst()
                .orElse(0);
        model.addAttribute("coordinationSection", section);
        model.addAttribute("proposeFieldError", isProposeFieldError(error) && section > 0);
        recordList(AuditOutcome.SUCCESS, account, request);
        return "matches/list";
    }

    /** Records the read; an account that is not a professional's cannot reach this page, so the id is set. */
    private void recordList(AuditOutcome outcome, SignedInAccount account, HttpServletRequest request) {
        var professionalId = Objects.requireNonNull(account.professionalId());
        audit.listed(outcome, account.auditActor(), null, request.getRemoteAddr(), professionalId);
    }

    private static boolean isProposeFieldError(@Nullable String error) {
        return error != null && PROPOSE_FIELD_ERRORS.contains(error);
    }
}
