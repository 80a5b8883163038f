package nl.verwijsindex.access;

import java.util.UUID;

/**
 * A new API client with its token. The token is shown once and cannot be read back later.
 *
 * @param id the API client's id
 * @param token the bearer token to give to the client system
 */
public record IssuedApiClient(UUID id, String token) {

    @Override
    public String toString() {
        return "IssuedApiClient[id=" + id + ", token=(hidden)]";
    }
}
