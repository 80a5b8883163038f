package nl.verwijsindex.coordination.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
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
    private final CoordinationAudit audit;
    private final AuditedChange auditedChange;

    CoordinationPages(CoordinationService coordination, CoordinationAudit audit, AuditedChange auditedChange) {
        this.coordination = coordination;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @PostMapping("/matches/{id}/coordinator/propose")
    String propose(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String professionalId,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var matchId = matchId(id);
        var step = new Step(CoordinationAudit.PROPOSE_COORDINATOR, account, request.getRemoteAddr(), matchId);
        UUID candidateId;
        try {
            candidateId = UUID.fromString(professionalId);
        } catch (IllegalArgumentException e) {
            record(step, AuditOutcome.REJECTED);
            return rejected(matchId, "candidate-missing", redirect);
        }
        return step(step, "proposed", redirect, () -> coordination.propose(account, matchId, candidateId));
    }

    @PostMapping("/matches/{id}/coordinator/accept")
    String accept(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var matchId = matchId(id);
        var step = new Step(CoordinationAudit.ACCEPT_COORDINATOR, account, request.getRemoteAddr(), matchId);
        return step(step, "accepted", redirect, () -> coordination.accept(account, matchId));
    }

    @PostMapping("/matches/{id}/coordinator/decline")
    String decline(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var matchId = matchId(id);
        var step = new Step(CoordinationAudit.DECLINE_COORDINATOR, account, request.getRemoteAddr(), matchId);
        return step(step, "declined", redirect, () -> coordination.decline(account, matchId));
    }

    @PostMapping("/matches/{id}/contact")
    String recordContact(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var matchId = matchId(id);
        var step = new Step(CoordinationAudit.RECORD_CONTACT, account, request.getRemoteAddr(), matchId);
        return step(step, "contact-recorded", redirect, () -> coordination.recordContact(account, matchId));
    }

    /** Sends the 404 page, the same for a match of others, an ended match and no match at all. */
    @ExceptionHandler(MatchNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /** The use case of a form, who sent it and about which match, for its audit entry. */
    private record Step(String purpose, SignedInAccount account, String origin, UUID matchId) {}

    /**
     * Runs the step and records it: done, in the step's transaction, or rejected by a rule or because
     * the match is not an active match of the professional, in a transaction of its own.
     */
    private String step(Step step, String outcome, RedirectAttributes redirect, Runnable action) {
        var matchId = step.matchId();
        try {
            auditedChange.run(() -> {
                action.run();
                record(step, AuditOutcome.SUCCESS);
            });
        } catch (CoordinationRejectedException rejection) {
            record(step, AuditOutcome.REJECTED);
            return rejected(matchId, rejection.reason().code(), redirect);
        } catch (MatchNotFoundException notFound) {
            record(step, AuditOutcome.REJECTED);
            throw notFound;
        }
        redirect.addFlashAttribute("coordinationMatch", matchId);
        redirect.addFlashAttribute("coordinationDone", outcome);
        return "redirect:/matches";
    }

    private void record(Step step, AuditOutcome outcome) {
        audit.matchStep(step.purpose(), outcome, step.account(), step.origin(), step.matchId());
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
