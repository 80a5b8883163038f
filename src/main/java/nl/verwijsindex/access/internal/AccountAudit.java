package nl.verwijsindex.access.internal;

import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records the changes of an account's credentials and the acceptance of an invitation in the audit
 * trail, one entry per request with the account as object. A success is recorded in the caller's
 * transaction, a rejection in one of its own. No password, code, secret or token is ever recorded.
 */
@Component
class AccountAudit {

    static final String CHANGE_PASSWORD = "change-password";
    static final String REPLACE_AUTHENTICATOR = "replace-authenticator";
    static final String REPLACE_RECOVERY_CODES = "replace-recovery-codes";
    static final String LIST_PASSKEYS = "list-passkeys";
    static final String ADD_PASSKEY = "add-passkey";
    static final String REMOVE_PASSKEY = "remove-passkey";
    static final String READ_INVITATION = "read-invitation";
    static final String ACCEPT_INVITATION = "accept-invitation";

    private final AuditTrail trail;

    AccountAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records a step of the logged-in account on its own credentials. */
    void ownAccount(AuditAction action, AuditOutcome outcome, String purpose, SignedInAccount account, String origin) {
        record(AuditEntry.of(action, outcome, purpose)
                .by(account.auditActor())
                .from(origin)
                .about("account", account.id()));
    }

    /**
     * Records a step on an invitation by a visitor without a login, who is known only by the
     * invitation's account.
     *
     * @param accountId the invited account, or {@code null} when the link named no open invitation
     */
    void invitation(AuditAction action, AuditOutcome outcome, String purpose, @Nullable UUID accountId, String origin) {
        var entry = AuditEntry.of(action, outcome, purpose).from(origin);
        record(accountId == null ? entry : entry.about("account", accountId));
    }

    private void record(AuditEntry entry) {
        if (entry.outcome() == AuditOutcome.SUCCESS) {
            trail.record(entry);
        } else {
            trail.recordSeparately(entry);
        }
    }
}
