package nl.verwijsindex.access;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The account of a logged-in web user, kept in the session. Its name is the account id, which
 * Spring Session uses to find the account's sessions.
 *
 * @param scopeName the name of the role's organisation or municipality; {@code null} for a
 *     functional administrator
 */
public record SignedInAccount(
        UUID id,
        String displayName,
        AccountRole role,
        @Nullable String scopeName) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return id.toString();
    }
}
