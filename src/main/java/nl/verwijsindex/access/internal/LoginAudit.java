package nl.verwijsindex.access.internal;

import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records logins in the audit trail. A failed or blocked login is recorded in a transaction of its
 * own, so that it stays recorded whatever happens after it. The entry names the account tried when
 * one is known, never the email address typed.
 */
@Component
class LoginAudit {

    static final String PASSWORD_LOGIN = "password-login";
    static final String PASSKEY_LOGIN = "passkey-login";

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void succeeded(SignedInAccount account, String clientAddress, String purpose) {
        var actor = AuditActor.account(
                account.id(), account.role().code(), account.organisationId(), account.municipalityId());
        trail.record(AuditEntry.of(AuditAction.LOGIN, AuditOutcome.SUCCESS, purpose)
                .by(actor)
                .from(clientAddress)
                .about("account", account.id()));
    }

    /** Records a login that was checked and rejected; {@code accountId} is null when no account matched. */
    void rejected(@Nullable UUID accountId, String clientAddress, String purpose) {
        trail.recordSeparately(failure(AuditOutcome.REJECTED, accountId, clientAddress, purpose));
    }

    /** Records a login that the rate limit refused before checking it. */
    void blocked(@Nullable UUID accountId, String clientAddress, String purpose) {
        trail.recordSeparately(failure(AuditOutcome.BLOCKED, accountId, clientAddress, purpose));
    }

    private static AuditEntry failure(
            AuditOutcome outcome, @Nullable UUID accountId, String clientAddress, String purpose) {
        var entry = AuditEntry.of(AuditAction.LOGIN_FAILED, outcome, purpose).from(clientAddress);
        return accountId == null ? entry : entry.about("account", accountId);
    }
}
