package nl.verwijsindex.reporting.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The statistics of a municipality, under {@code /municipality/<code>/statistics}, and of a region,
 * under {@code /region/<id>/statistics}, as a page and as a CSV file with the same parameters. Each
 * request records one audit entry, also when it is rejected.
 */
@Controller
class StatisticsPages {

    static final String MUNICIPALITY = "/municipality/{code:[0-9]{4}}/statistics";
    static final String REGION = "/region/{regionId}/statistics";

    private static final String ATTEMPT = StatisticsPages.class.getName() + ".attempt";

    private final Areas areas;
    private final StatisticsReport report;
    private final StatisticsAudit audit;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsPages(Areas areas, StatisticsReport report, StatisticsAudit audit, MessageSource messages, Clock clock) {
        this.areas = areas;
        this.report = report;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(MUNICIPALITY)
    String municipality(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        attempt(request, AuditAction.READ, Area.MUNICIPALITY);
        var area = areas.municipality(account, code);
        model.addAttribute("municipalityCode", code);
        model.addAttribute("statisticsPath", "/municipality/" + code + "/statistics");
        areas.regionOf(area.id()).ifPresent(region -> model.addAttribute("region", region));
        return page(account, area, from, to, model, request, response);
    }

    @GetMapping(REGION)
    String region(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String regionId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        attempt(request, AuditAction.READ, Area.REGION);
        var area = areas.region(account, regionId(regionId));
        model.addAttribute("statisticsPath", "/region/" + area.id() + "/statistics");
        return page(account, area, from, to, model, request, response);
    }

    @GetMapping(MUNICIPALITY + ".csv")
    ResponseEntity<String> municipalityCsv(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Locale locale,
            HttpServletRequest request) {
        attempt(request, AuditAction.EXPORT, Area.MUNICIPALITY);
        var area = areas.municipality(account, code);
        return csv(account, area, "verwijsindex-statistieken-" + code, from, to, locale, request);
    }

    @GetMapping(REGION + ".csv")
    ResponseEntity<String> regionCsv(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String regionId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Locale locale,
            HttpServletRequest request) {
        attempt(request, AuditAction.EXPORT, Area.REGION);
        var area = areas.region(account, regionId(regionId));
        return csv(account, area, "verwijsindex-statistieken-regio", from, to, locale, request);
    }

    /** Sends the same 404 for an area that does not exist as for one the account may not read. */
    @ExceptionHandler(AreaNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(@AuthenticationPrincipal SignedInAccount account, HttpServletRequest request) {
        if (request.getAttribute(ATTEMPT) instanceof Attempt attempt) {
            audit.record(attempt.action(), AuditOutcome.REJECTED, attempt.areaType(), account, request, null);
        }
        return "error/404";
    }

    private String page(
            SignedInAccount account,
            Area area,
            @Nullable String from,
            @Nullable String to,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var parsed = StatisticsRange.parse(from, to, YearMonth.now(clock));
        model.addAttribute("area", area);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute(
                "mayReadRegion",
                account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR
                        || areas.ownRegionId(account).isPresent());
        var range = parsed.range();
        if (range == null) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            audit.record(AuditAction.READ, AuditOutcome.REJECTED, area.type(), account, request, area);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "reporting/statistics";
        }

        model.addAttribute("from", StatisticsRange.format(range.from()));
        model.addAttribute("to", StatisticsRange.format(range.to()));
        model.addAttribute("tables", report.tables(area, range));
        audit.record(AuditAction.READ, AuditOutcome.SUCCESS, area.type(), account, request, area);
        return "reporting/statistics";
    }

    private ResponseEntity<String> csv(
            SignedInAccount account,
            Area area,
            String fileName,
            @Nullable String from,
            @Nullable String to,
            Locale locale,
            HttpServletRequest request) {
        var parsed = StatisticsRange.parse(from, to, YearMonth.now(clock));
        var range = parsed.range();
        if (range == null) {
            audit.record(AuditAction.EXPORT, AuditOutcome.REJECTED, area.type(), account, request, area);
            var text = new StringBuilder();
            for (var error : parsed.errors()) {
                text.append(messages.getMessage("statistics.error." + error.code(), error.arguments(), locale))
                        .append('\n');
            }
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(text.toString());
        }

        var tables = report.tables(area, range);
        var body = StatisticsCsv.write(tables, range, messages, locale);
        audit.record(AuditAction.EXPORT, AuditOutcome.SUCCESS, area.type(), account, request, area);
        var disposition = ContentDisposition.attachment()
                .filename(fileName + "-" + StatisticsRange.format(range.from()) + "-"
                        + StatisticsRange.format(range.to()) + ".csv")
                .build();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    /** Keeps the step in the request, so that the 404 handler can record it as rejected. */
    private static void attempt(HttpServletRequest request, AuditAction action, String areaType) {
        request.setAttribute(ATTEMPT, new Attempt(action, areaType));
    }

    private static UUID regionId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new AreaNotFoundException();
        }
    }

    private record Attempt(AuditAction action, String areaType) {}
}
