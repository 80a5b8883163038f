package nl.verwijsindex.demo;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The content of {@code demo-credentials.json}: everything needed to call the API as each demo
 * organisation and to log in to the web pages as each demo person.
 *
 * @param functionalAdministrators the accounts that manage every municipality and read the outbox
 */
record DemoCredentials(
        Municipality municipality, List<Organisation> organisations, List<Administrator> functionalAdministrators) {

    record Municipality(UUID id, String code, String name, List<Administrator> administrators) {}

    record Organisation(
            UUID id,
            String name,
            String kind,
            String apiToken,
            List<Professional> professionals,
            List<Administrator> administrators) {}

    /** A professional with the login of their account; {@code totpSecret} is base32. */
    record Professional(
            UUID id, String name, String email, @Nullable String phone, String password, String totpSecret) {}

    /** An administrator's account and its login; {@code totpSecret} is base32. */
    record Administrator(UUID accountId, String name, String email, String password, String totpSecret) {}
}
