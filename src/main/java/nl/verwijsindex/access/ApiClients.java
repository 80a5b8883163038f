package nl.verwijsindex.access;

import java.util.UUID;

/** Creates and replaces the credentials of API clients. */
public interface ApiClients {

    /**
     * Creates an API client for the organisation with a new random token.
     *
     * @throws ApiClientNameTakenException when an active client of the organisation has this name,
     *     ignoring case, so that a form sent twice makes one client
     */
    IssuedApiClient create(UUID organisationId, String name);

    /** Returns the ids of the organisation's API clients that are not revoked, oldest first. */
    java.util.List<UUID> activeClientsOf(UUID organisationId);

    /** Gives an existing API client a new random token; the old token stops working at once. */
    IssuedApiClient rotateToken(UUID apiClientId);

    /** Returns every API client of the organisation, revoked ones included, oldest first. */
    java.util.List<ApiClientSummary> clientsOf(UUID organisationId);

    /**
     * Gives the organisation's API client a new random token. The old token stops working at once.
     * Returns empty when the organisation has no such client or the client is revoked.
     */
    java.util.Optional<IssuedApiClient> rotateToken(UUID organisationId, UUID apiClientId);

    /**
     * Revokes the organisation's API client, so that its token stops working at once. Returns
     * false when the organisation has no such client or the client was already revoked.
     */
    boolean revoke(UUID organisationId, UUID apiClientId);
}
