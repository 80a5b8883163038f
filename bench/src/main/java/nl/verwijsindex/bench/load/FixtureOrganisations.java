package nl.verwijsindex.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The organisations of the fixture file that have an API token and at least one professional. */
final class FixtureOrganisations {

    record Organisation(String id, String apiToken, List<String> professionalIds) {}

    private FixtureOrganisations() {}

    static List<Organisation> read(Path file) throws IOException {
        var root = new ObjectMapper().readTree(file.toFile());
        var organisations = new ArrayList<Organisation>();
        for (var node : root.path("organisations")) {
            var professionals = new ArrayList<String>();
            node.path("professionals").forEach(id -> professionals.add(id.asText()));
            var token = node.path("apiToken").asText("");
            if (!token.isEmpty() && !professionals.isEmpty()) {
                organisations.add(new Organisation(node.path("id").asText(), token, List.copyOf(professionals)));
            }
        }
        if (organisations.size() < 2) {
            throw new IllegalArgumentException("The fixture " + file + " has " + organisations.size()
                    + " organisations with a token and professionals; matches need at least 2");
        }
        return organisations;
    }
}
