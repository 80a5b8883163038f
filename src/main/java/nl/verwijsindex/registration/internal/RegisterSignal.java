package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to register a signal, as the API received it: the BSN is still unchecked text.
 *
 * @param organisationId the organisation of the API client that sent it
 */
record RegisterSignal(
        UUID organisationId,
        UUID professionalId,
        String bsn,
        @Nullable String ownReference,
        @Nullable LocalDate endDate) {

    @Override
    public String toString() {
        return "RegisterSignal[organisationId=" + organisationId + ", professionalId=" + professionalId + "]";
    }
}
