package nl.verwijsindex.subjectrights.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages where a municipal officer lists, records and handles rights requests. They live under
 * {@code /municipality}, so the login rules of municipality pages apply; {@link RequestHandling}
 * lets only municipal officers in and scopes every request to the officer's municipality.
 */
@Controller
class RightsRequestPages {

    static final String LIST = "/municipality/rights-requests";
    private static final String REQUEST = LIST + "/{id}";

    private final RequestHandling handling;
    private final RequestDecisions decisions;
    private final LetterDownload letters;
    private final RightsAudit audit;
    private final RightsSettings settings;
    private final Clock clock;

    RightsRequestPages(
            RequestHandling handling,
            RequestDecisions decisions,
            LetterDownload letters,
            RightsAudit audit,
            RightsSettings settings,
            Clock clock) {
        this.handling = handling;
        this.decisions = decisions;
        this.letters = letters;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal SignedInAccount account, HttpServletRequest request, Model model) {
        var today = LocalDate.now(clock);
        var rows = handling.list(account).stream()
                .map(row -> new ListRow(row, row.nearDeadline(today, settings.warningDays()), row.pastDeadline(today)))
                .toList();
        audit.recordList(account, request.getRemoteAddr());
        model.addAttribute("rows", rows);
        model.addAttribute("warningDays", settings.warningDays());
        return "rights/list";
    }

    @GetMapping(LIST + "/new")
    String newRequest(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return form(account, NewRequest.empty(), Map.of(), model);
    }

    @PostMapping(LIST + "/new")
    String record(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String requester,
            @RequestParam(defaultValue = "") String statedAge,
            @RequestParam(defaultValue = "") String receivedOn,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        RequestHandling.municipalityOf(account);
        var form = new NewRequest(kind, requester, statedAge, receivedOn);
        var errors = form.errors(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            audit.recordRejectedForm(account, request.getRemoteAddr());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(account, form, errors, model);
        }

        var id = handling.record(account, form, request.getRemoteAddr());
        return "redirect:" + LIST + "/" + id;
    }

    @GetMapping(REQUEST)
    String show(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            HttpServletRequest request,
            Model model) {
        var rightsRequest = handling.show(account, id, request.getRemoteAddr());
        return detail(account, rightsRequest, model);
    }

    @PostMapping(REQUEST + "/look-up")
    String lookUp(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String bsn,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        handling.lookUp(account, id, bsn, request.getRemoteAddr());
        redirect.addFlashAttribute("outcome", "looked-up");
        return "redirect:" + LIST + "/" + id;
    }

    @PostMapping(REQUEST + "/propose")
    String propose(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        decisions.propose(account, id, outcome, note, request.getRemoteAddr());
        redirect.addFlashAttribute("outcome", "proposed");
        return "redirect:" + LIST + "/" + id;
    }

    @PostMapping(REQUEST + "/approve")
    String approve(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        decisions.approve(account, id, request.getRemoteAddr());
        var proposal = handling.find(account, id).proposal();
        var changed = proposal != null && proposal.changesIndex();
        redirect.addFlashAttribute("outcome", changed ? "approved-and-done" : "approved");
        return "redirect:" + LIST + "/" + id;
    }

    @PostMapping(REQUEST + "/send-back")
    String sendBack(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        decisions.sendBack(account, id, reason, request.getRemoteAddr());
        redirect.addFlashAttribute("outcome", "sent-back");
        return "redirect:" + LIST + "/" + id;
    }

    @GetMapping(REQUEST + "/letter")
    ResponseEntity<byte[]> letter(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, HttpServletRequest request) {
        var pdf = letters.download(account, id, request.getRemoteAddr());
        var number = handling.find(account, id).number();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("inzage-verzoek-" + number + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** Shows the request again with the rule that rejected the step, and stores nothing. */
    @ExceptionHandler(RequestRejectedException.class)
    String rejected(
            RequestRejectedException rejection,
            @AuthenticationPrincipal SignedInAccount account,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var id = UUID.fromString(request.getRequestURI().split("/")[3]);
        var rightsRequest = handling.find(account, id);
        if (!rejection.isRecorded()) {
            var child = rightsRequest.childKnown() ? rightsRequest.child() : null;
            audit.recordRejected(actionOf(request), account, request.getRemoteAddr(), id, child);
        }
        if (rejection.isUnavailable()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            if (rejection.retryAfter() != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(rejection.retryAfter())));
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("errorCode", "rights.error." + rejection.code());
        model.addAttribute("errorArguments", rejection.arguments());
        keepTypedValues(rejection.code(), request, model);
        return detail(account, rightsRequest, model);
    }

    /**
     * Keeps the chosen outcome and the typed note or reason for the form that was rejected, and names
     * the field the error is about, so that the page marks it. A text that contains a BSN is not
     * shown again.
     */
    private static void keepTypedValues(String code, HttpServletRequest request, Model model) {
        var outcome = request.getParameter("outcome");
        var note = request.getParameter("note");
        var reason = request.getParameter("reason");
        model.addAttribute("typedOutcome", outcome == null ? "" : outcome);
        model.addAttribute("typedNote", note == null || code.equals("note-contains-bsn") ? "" : note);
        model.addAttribute("typedReason", reason == null || code.equals("reason-contains-bsn") ? "" : reason);
        if (code.equals("outcome-missing") || code.equals("child-unknown")) {
            model.addAttribute("errorField", "outcome");
        } else if (code.startsWith("note-")) {
            model.addAttribute("errorField", "note");
        } else if (code.startsWith("reason-")) {
            model.addAttribute("errorField", "reason");
        } else if (code.startsWith("bsn-")) {
            model.addAttribute("errorField", "bsn");
        }
    }

    /** Rounds up to whole seconds, at least one, because {@code Retry-After} counts seconds. */
    private static long retryAfterSeconds(java.time.Duration wait) {
        var seconds = wait.toSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Returns the audit action of the step the request asked for. */
    private static AuditAction actionOf(HttpServletRequest request) {
        var path = request.getRequestURI();
        if (path.endsWith("/look-up")) {
            return AuditAction.SEARCH;
        }
        if (path.endsWith("/letter")) {
            return AuditAction.EXPORT;
        }
        return "GET".equals(request.getMethod()) ? AuditAction.READ : AuditAction.WRITE;
    }

    @ExceptionHandler(RequestNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String detail(SignedInAccount account, RightsRequest request, Model model) {
        var proposals = java.util.Arrays.stream(Proposal.values())
                .filter(proposal -> proposal.fits(request.kind()))
                .filter(proposal -> request.childKnown() || proposal.allowedWithoutChild())
                .map(Proposal::code)
                .toList();
        model.addAttribute("request", request);
        model.addAttribute("kind", request.kind().code());
        model.addAttribute("status", request.status().code());
        model.addAttribute("proposals", proposals);
        model.addAttribute("ownProposal", account.id().equals(request.proposedBy()));
        model.addAttribute("zone", InspectionLetter.ZONE);
        if (!model.containsAttribute("typedOutcome")) {
            model.addAttribute("typedOutcome", "");
            model.addAttribute("typedNote", "");
            model.addAttribute("typedReason", "");
        }
        return "rights/request";
    }

    private String form(SignedInAccount account, NewRequest form, Map<String, String> errors, Model model) {
        var deadlineDays = handling.deadlineDays(account);

        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of("inspection", "correction", "objection"));
        model.addAttribute("requesters", List.of("parent", "parent-and-child", "child"));
        model.addAttribute("ages", List.of("under-12", "12-to-15", "16-and-older"));
        model.addAttribute("deadlineDays", deadlineDays);
        model.addAttribute("earliestReceivedOn", NewRequest.earliestReceivedOn(LocalDate.now(clock)));
        return "rights/new";
    }

    /** A request on the list, with whether its deadline is near or past. */
    record ListRow(RightsRequest request, boolean nearDeadline, boolean pastDeadline) {}
}
