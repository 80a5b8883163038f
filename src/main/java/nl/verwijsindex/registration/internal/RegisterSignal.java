package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import org.jspecify.annotations.Nullable;

/**
 * A request to register a signal, as the API or the web form received it: the BSN is still
 * unchecked text.
 *
 * @param organisationId the organisation of the API client or professional that sent it
 * @param actor the API client or the professional's account, for the audit trail
 * @param origin the client's network address, for the audit trail
 */
record RegisterSignal(
        UUID organisationId,
        UUID professionalId,
        String bsn,
        @Nullable String ownReference,
        @Nullable LocalDate endDate,
        AuditActor actor,
        @Nullable String origin) {

    @Override
    public String toString() {
        return "RegisterSignal[organisationId=" + organisationId + ", professionalId=" + professionalId + "]";
    }
}
