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
    static final String API_TOKEN_LOGIN = "api-token-login";
    static final String LOGOUT = "logout";

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

    /**
     * Records an API request whose bearer token was rejected. An unknown or revoked token names no
     * object; a client of a suspended organisation is named by its id. The token itself is never recorded.
     */
    void apiTokenRejected(@Nullable UUID apiClientId, String clientAddress) {
        var entry = AuditEntry.of(AuditAction.LOGIN_FAILED, AuditOutcome.REJECTED, API_TOKEN_LOGIN)
                .from(clientAddress);
        trail.recordSeparately(apiClientId == null ? entry : entry.about("api-client", apiClientId));
    }

    /** Records the end of the account's session by its own logout. */
    void loggedOut(SignedInAccount account, String clientAddress) {
        trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, LOGOUT)
                .by(account.auditActor())
                .from(clientAddress)
                .about("account", account.id()));
    }

    private static AuditEntry failure(
            AuditOutcome outcome, @Nullable UUID accountId, String clientAddress, String purpose) {
        var entry = AuditEntry.of(AuditAction.LOGIN_FAILED, outcome, purpose).from(clientAddress);
        return accountId == null ? entry : entry.about("account", accountId);
    }
}
