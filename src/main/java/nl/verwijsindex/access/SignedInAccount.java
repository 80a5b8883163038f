package nl.verwijsindex.access;

import java.io.Serializable;
import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The account of a logged-in web user, kept in the session. Its name is the account id, which
 * Spring Session uses to find the account's sessions.
 *
 * @param scopeName the name of the role's organisation or municipality; {@code null} for a
 *     functional administrator
 * @param professionalId the professional of a {@link AccountRole#PROFESSIONAL} account, otherwise {@code null}
 * @param organisationId the organisation of a professional or an organisation administrator, otherwise
 *     {@code null}
 * @param municipalityId the municipality of a {@link AccountRole#MUNICIPAL_OFFICER} account, otherwise
 *     {@code null}
 */
public record SignedInAccount(
        UUID id,
        String displayName,
        AccountRole role,
        @Nullable String scopeName,
        @Nullable UUID professionalId,
        @Nullable UUID organisationId,
        @Nullable UUID municipalityId)
        implements AuthenticatedPrincipal, Serializable {

    /** Creates an account that acts for no municipality: any role but {@link AccountRole#MUNICIPAL_OFFICER}. */
    public SignedInAccount(
            UUID id,
            String displayName,
            AccountRole role,
            @Nullable String scopeName,
            @Nullable UUID professionalId,
            @Nullable UUID organisationId) {
        this(id, displayName, role, scopeName, professionalId, organisationId, null);
    }

    @Override
    public String getName() {
        return id.toString();
    }

    /** Returns whether this account is a professional's, with the professional and organisation it acts for. */
    public boolean isProfessional() {
        return role == AccountRole.PROFESSIONAL && professionalId != null && organisationId != null;
    }

    /** Returns this account as the actor of an audit entry, in its role and with its organisation or municipality. */
    public AuditActor auditActor() {
        return AuditActor.account(id, role.code(), organisationId, municipalityId);
    }
}
