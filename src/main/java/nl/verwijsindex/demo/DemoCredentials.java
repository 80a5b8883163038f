package nl.verwijsindex.demo;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The content of {@code demo-credentials.json}: everything needed to call the API as each demo organisation. */
record DemoCredentials(List<Organisation> organisations) {

    record Organisation(UUID id, String name, String kind, String apiToken, List<Professional> professionals) {}

    record Professional(
            UUID id, String name, String email, @Nullable String phone) {}
}
