package nl.verwijsindex.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.access.internal.Passkeys.Passkey;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passkey page of the profile: the account's passkeys with their dates, a form that adds
 * one and a form that removes one, both with the current password. Adding takes two steps: the
 * form checks the label and password, then the next page runs the browser's registration
 * ceremony with {@code /js/passkeys.js} through the two JSON endpoints below.
 */
@Controller
class PasskeyPages {

    private static final Logger log = LoggerFactory.getLogger(PasskeyPages.class);

    static final String PAGE = "/profile/passkeys";
    static final String NEW_PASSKEY_PAGE = PAGE + "/new";

    private final PasskeyManagement management;
    private final Clock clock;
    private final AccountAudit audit;
    private final AuditedChange auditedChange;
    private final JsonMapper json =
            JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    PasskeyPages(PasskeyManagement management, Clock clock, AccountAudit audit, AuditedChange auditedChange) {
        this.management = management;
        this.clock = clock;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        var page = listPage(account, model, PasskeyFormErrors.none(), PasskeyFormErrors.none());
        audit.ownAccount(
                AuditAction.READ, AuditOutcome.SUCCESS, AccountAudit.LIST_PASSKEYS, account, request.getRemoteAddr());
        return page;
    }

    @PostMapping(NEW_PASSKEY_PAGE)
    String checkNew(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            Model model) {
        var errors = management.checkNewPasskey(account, label, password);
        if (!errors.isEmpty()) {
            // A passed check is only the first step; the stored credential is the step recorded.
            record(AccountAudit.ADD_PASSKEY, AuditOutcome.REJECTED, account, request);
            model.addAttribute("label", label);
            return listPage(account, model, errors, PasskeyFormErrors.none());
        }

        var pending = new PendingPasskey(account.id(), label.strip(), clock.instant(), null);
        request.getSession().setAttribute(PendingPasskey.SESSION_ATTRIBUTE, pending);
        return "redirect:" + NEW_PASSKEY_PAGE;
    }

    /**
     * Shows the step that creates the passkey in the browser, or the list with the form that
     * checks a new passkey when none is pending, for example because it expired.
     */
    @GetMapping(NEW_PASSKEY_PAGE)
    String createStep(@AuthenticationPrincipal SignedInAccount account, HttpSession session, Model model) {
        var pending = pending(account, session);
        if (pending == null) {
            return listPage(account, model, PasskeyFormErrors.none(), PasskeyFormErrors.none());
        }

        model.addAttribute("label", pending.label());
        return "passkeys/create";
    }

    /** Sends the options of the registration ceremony, or 409 when no checked passkey is pending. */
    @PostMapping(path = NEW_PASSKEY_PAGE + "/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> creationOptions(Authentication authentication, HttpSession session) {
        var pending = pending((SignedInAccount) authentication.getPrincipal(), session);
        if (pending == null) {
            return ResponseEntity.status(409).body(redirectTo(PAGE));
        }

        var options = management.creationOptions(authentication);
        session.setAttribute(PendingPasskey.SESSION_ATTRIBUTE, pending.withChallenge(options.getChallenge()));
        return ResponseEntity.ok(json.writeValueAsString(options));
    }

    /**
     * Stores the passkey that the browser created, and sends where to go next: the list when it
     * was stored, the creation step with an error when it did not verify.
     */
    @PostMapping(path = NEW_PASSKEY_PAGE + "/credential", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> register(
            Authentication authentication,
            HttpSession session,
            HttpServletRequest request,
            @RequestBody(required = false) @Nullable String body) {
        var account = (SignedInAccount) authentication.getPrincipal();
        var pending = pending(account, session);
        if (pending == null || pending.challenge() == null) {
            record(AccountAudit.ADD_PASSKEY, AuditOutcome.REJECTED, account, request);
            return ResponseEntity.status(409).body(redirectTo(PAGE));
        }
        // A challenge is used once, so another try needs new options.
        session.setAttribute(PendingPasskey.SESSION_ATTRIBUTE, pending.withChallenge(null));

        RelyingPartyPublicKey publicKey;
        try {
            publicKey = json.readValue(body == null ? "" : body, RelyingPartyPublicKey.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            log.info("Unreadable passkey registration of account {}: {}", account.id(), unreadable.getMessage());
            record(AccountAudit.ADD_PASSKEY, AuditOutcome.REJECTED, account, request);
            return ResponseEntity.badRequest().body(redirectTo(NEW_PASSKEY_PAGE + "?failed"));
        }

        var options = pending.restore(management.creationOptions(authentication));
        boolean registered = auditedChange.run(() -> {
            var stored = management.register(account, options, publicKey.getCredential(), pending.label());
            if (stored) {
                record(AccountAudit.ADD_PASSKEY, AuditOutcome.SUCCESS, account, request);
            }
            return stored;
        });
        if (!registered) {
            record(AccountAudit.ADD_PASSKEY, AuditOutcome.REJECTED, account, request);
            return ResponseEntity.badRequest().body(redirectTo(NEW_PASSKEY_PAGE + "?failed"));
        }
        session.removeAttribute(PendingPasskey.SESSION_ATTRIBUTE);
        return ResponseEntity.ok(redirectTo(PAGE + "?added"));
    }

    @PostMapping(PAGE + "/remove")
    String remove(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String passkey,
            @RequestParam(defaultValue = "") String password,
            Model model,
            HttpServletRequest request) {
        PasskeyFormErrors errors;
        try {
            errors = auditedChange.run(() -> {
                var formErrors = management.remove(account, passkey, password);
                if (formErrors.isEmpty()) {
                    record(AccountAudit.REMOVE_PASSKEY, AuditOutcome.SUCCESS, account, request);
                }
                return formErrors;
            });
        } catch (PasskeyManagement.PasskeyNotFoundException notFound) {
            record(AccountAudit.REMOVE_PASSKEY, AuditOutcome.REJECTED, account, request);
            throw notFound;
        }
        if (!errors.isEmpty()) {
            record(AccountAudit.REMOVE_PASSKEY, AuditOutcome.REJECTED, account, request);
            model.addAttribute("selectedPasskey", passkey);
            return listPage(account, model, PasskeyFormErrors.none(), errors);
        }
        return "redirect:" + PAGE + "?removed";
    }

    private void record(String purpose, AuditOutcome outcome, SignedInAccount account, HttpServletRequest request) {
        audit.ownAccount(AuditAction.WRITE, outcome, purpose, account, request.getRemoteAddr());
    }

    /** Sends the 404 page, which is the same for another account's passkey and for no passkey at all. */
    @ExceptionHandler(PasskeyManagement.PasskeyNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String listPage(
            SignedInAccount account, Model model, PasskeyFormErrors addErrors, PasskeyFormErrors removeErrors) {
        var zone = clock.getZone();
        model.addAttribute(
                "passkeys",
                management.passkeys(account).stream()
                        .map(passkey -> PasskeyRow.of(passkey, zone))
                        .toList());
        model.addAttribute("addErrors", addErrors);
        model.addAttribute("removeErrors", removeErrors);
        model.addAttribute("maximumLabelLength", PasskeyManagement.MAXIMUM_LABEL_LENGTH);
        model.addAttribute("maximumPasskeys", PasskeyManagement.MAXIMUM_PASSKEYS);
        return "passkeys/list";
    }

    private @Nullable PendingPasskey pending(SignedInAccount account, HttpSession session) {
        if (session.getAttribute(PendingPasskey.SESSION_ATTRIBUTE) instanceof PendingPasskey pending
                && pending.isValidFor(account.id(), clock.instant())) {
            return pending;
        }
        return null;
    }

    private String redirectTo(String path) {
        return json.writeValueAsString(Map.of("redirectUrl", path));
    }

    /** A passkey with its dates in the application's time zone, for the page. */
    record PasskeyRow(
            String id,
            String label,
            ZonedDateTime created,
            @Nullable ZonedDateTime lastLogin) {

        static PasskeyRow of(Passkey passkey, ZoneId zone) {
            var lastLogin =
                    passkey.lastLogin() == null ? null : passkey.lastLogin().atZone(zone);
            return new PasskeyRow(
                    passkey.id(), passkey.label(), passkey.created().atZone(zone), lastLogin);
        }
    }
}
