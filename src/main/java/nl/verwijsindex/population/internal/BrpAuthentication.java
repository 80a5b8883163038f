package nl.verwijsindex.population.internal;

import java.util.Map;

/** Adds the client's credentials to each request to the register. */
interface BrpAuthentication {

    /**
     * Returns the headers that authenticate the next request.
     *
     * @throws BrpFailure when the credentials cannot be obtained, for example from the token endpoint
     */
    Map<String, String> headers() throws BrpFailure;

    /** Forgets cached credentials after the register rejected them with {@code 401}. */
    default void rejected() {}

    static BrpAuthentication apiKey(String header, String key) {
        return () -> Map.of(header, key);
    }
}
