package nl.verwijsindex.access.internal;

import java.util.List;
import nl.verwijsindex.access.ApiClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API request authenticated by a valid bearer token of a connected organisation. */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "API_CLIENT";

    private final ApiClient client;

    ApiClientAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }
}
