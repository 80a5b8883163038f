package nl.verwijsindex.access;

import java.util.UUID;

/**
 * The authenticated caller of an API request: a client system acting for one organisation, only
 * ever in the name of that organisation's professionals.
 *
 * @param id the API client's id
 * @param organisationId the organisation the client belongs to
 */
public record ApiClient(UUID id, UUID organisationId) {}
