package nl.verwijsindex.audit.internal;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The content of the audit page for a functional administrator: the verification of the chain
 * and the latest entries, without network addresses and with pseudonyms and ids shortened.
 * Showing the page is itself recorded as a read of the trail.
 */
@Service
class AuditOverview {

    static final int LATEST = 25;

    /**
     * The authority of a functional administrator. The audit module may not depend on the access
     * module, which records logins here, so it checks the authority's name instead of the role type.
     */
    static final String FUNCTIONAL_ADMINISTRATOR = "ROLE_FUNCTIONAL_ADMINISTRATOR";

    private static final int SHORT_LENGTH = 8;

    private final ChainVerification verification;
    private final AuditEntries entries;
    private final AuditTrail trail;

    AuditOverview(ChainVerification verification, AuditEntries entries, AuditTrail trail) {
        this.verification = verification;
        this.entries = entries;
        this.trail = trail;
    }

    /**
     * Verifies the chain and returns it with the latest entries.
     *
     * @throws AccessDeniedException when the account is not a functional administrator
     */
    Overview show(Authentication account, String clientAddress) {
        var administrator = requireFunctionalAdministrator(account);

        var result = verification.verify();
        var latest = entries.findLatest(LATEST).stream().map(AuditOverview::row).toList();
        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "verify-audit-trail")
                .by(administrator)
                .from(clientAddress));
        return new Overview(result, latest);
    }

    private static AuditActor requireFunctionalAdministrator(Authentication account) {
        var allowed = account.getAuthorities().stream()
                .anyMatch(authority -> FUNCTIONAL_ADMINISTRATOR.equals(authority.getAuthority()));
        if (!allowed) {
            throw new AccessDeniedException("Only a functional administrator verifies the audit trail");
        }
        return AuditActor.account(UUID.fromString(account.getName()), "functional-administrator", null, null);
    }

    private static Row row(StoredEntry stored) {
        var entry = stored.entry();
        var actor = entry.actor();
        var child = entry.child();
        return new Row(
                stored.sequence(),
                stored.recordedAt(),
                entry.action().code(),
                entry.outcome().code(),
                actor == null ? null : actor.type(),
                actor == null ? null : actor.role(),
                actor == null ? null : shortened(actor.id()),
                entry.objectType(),
                entry.objectId() == null ? null : shortened(entry.objectId()),
                child == null ? null : shortened(HexFormat.of().formatHex(child.value())),
                entry.purpose());
    }

    private static String shortened(String value) {
        return value.length() <= SHORT_LENGTH ? value : value.substring(0, SHORT_LENGTH) + "…";
    }

    record Overview(VerificationResult result, List<Row> latest) {}

    /** An entry as the page lists it; ids and the pseudonym are cut to their first 8 characters. */
    record Row(
            long sequence,
            Instant recordedAt,
            String action,
            String outcome,
            @Nullable String actorType,
            @Nullable String actorRole,
            @Nullable String actorId,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String child,
            String purpose) {}
}
