package nl.verwijsindex.access;

import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;

/**
 * The authenticated caller of an API request: a client system acting for one organisation, only
 * ever in the name of that organisation's professionals.
 *
 * @param id the API client's id
 * @param organisationId the organisation the client belongs to
 */
public record ApiClient(UUID id, UUID organisationId) {

    /** Returns this client as the actor of an audit entry. */
    public AuditActor auditActor() {
        return AuditActor.apiClient(id, organisationId);
    }
}
