package nl.verwijsindex.access;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API client as its organisation's administrator's pages list it, without its token.
 *
 * @param revokedAt when the client was revoked, {@code null} while its token works
 */
public record ApiClientSummary(
        UUID id, String name, Instant createdAt, @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
