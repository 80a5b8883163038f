package nl.verwijsindex.coordination.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on the matches page that propose, accept and decline a coordinator and record contact.
 * Each form returns to {@code /matches}, with the outcome or the reason for the rejection as flash
 * attributes {@code coordinationDone} or {@code coordinationError}, and the match in
 * {@code coordinationMatch}.
 */
@Controller
class CoordinationPages {

    private final CoordinationService coordination;

    CoordinationPages(CoordinationService coordination) {
        this.coordination = coordination;
    }

    @PostMapping("/matches/{id}/coordinator/propose")
    String propose(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String professionalId,
            RedirectAttributes redirect) {
        var matchId = matchId(id);
        UUID candidateId;
        try {
            candidateId = UUID.fromString(professionalId);
        } catch (IllegalArgumentException e) {
            return rejected(matchId, "candidate-missing", redirect);
        }
        return step(matchId, "proposed", redirect, () -> coordination.propose(account, matchId, candidateId));
    }

    @PostMapping("/matches/{id}/coordinator/accept")
    String accept(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable String id, RedirectAttributes redirect) {
        var matchId = matchId(id);
        return step(matchId, "accepted", redirect, () -> coordination.accept(account, matchId));
    }

    @PostMapping("/matches/{id}/coordinator/decline")
    String decline(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable String id, RedirectAttributes redirect) {
        var matchId = matchId(id);
        return step(matchId, "declined", redirect, () -> coordination.decline(account, matchId));
    }

    @PostMapping("/matches/{id}/contact")
    String recordContact(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable String id, RedirectAttributes redirect) {
        var matchId = matchId(id);
        return step(matchId, "contact-recorded", redirect, () -> coordination.recordContact(account, matchId));
    }

    /** Sends the 404 page, the same for a match of others, an ended match and no match at all. */
    @ExceptionHandler(MatchNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private static String step(UUID matchId, String outcome, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (CoordinationRejectedException rejection) {
            return rejected(matchId, rejection.reason().code(), redirect);
        }
        redirect.addFlashAttribute("coordinationMatch", matchId);
        redirect.addFlashAttribute("coordinationDone", outcome);
        return "redirect:/matches";
    }

    private static String rejected(UUID matchId, String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("coordinationMatch", matchId);
        redirect.addFlashAttribute("coordinationError", reason);
        return "redirect:/matches";
    }

    /** Reads the id of the path; an id that is no UUID names no match of the professional either. */
    private static UUID matchId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MatchNotFoundException(new UUID(0, 0));
        }
    }
}
