package nl.verwijsindex.access;

import java.util.UUID;

/** Creates and replaces the credentials of API clients. */
public interface ApiClients {

    /** Creates an API client for the organisation with a new random token. */
    IssuedApiClient create(UUID organisationId, String name);

    /** Returns the ids of the organisation's API clients that are not revoked, oldest first. */
    java.util.List<UUID> activeClientsOf(UUID organisationId);

    /** Gives an existing API client a new random token; the old token stops working at once. */
    IssuedApiClient rotateToken(UUID apiClientId);
}
