package nl.verwijsindex.bench.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.verwijsindex.bench.fixture.OrganisationKind;

/** The organisations of {@code fixture.json}, found by kind, in one municipality or in the whole country. */
final class Organisations {

    /** One organisation: its kind and the ids of its professionals. */
    record Organisation(String id, OrganisationKind kind, String municipalityCode, List<String> professionals) {}

    private final Map<String, Map<OrganisationKind, List<Organisation>>> byMunicipality = new HashMap<>();
    private final Map<OrganisationKind, List<Organisation>> national = new EnumMap<>(OrganisationKind.class);

    static Organisations read(Path fixture) throws IOException {
        var root = new ObjectMapper().readTree(fixture.toFile());
        var organisations = new Organisations();
        for (var node : root.path("organisations")) {
            var professionals = new ArrayList<String>();
            node.path("professionals").forEach(id -> professionals.add(id.asText()));
            if (professionals.isEmpty()) {
                continue;
            }
            organisations.add(new Organisation(
                    node.path("id").asText(),
                    OrganisationKind.byCode(node.path("kind").asText()),
                    node.path("municipalityCode").asText(),
                    List.copyOf(professionals)));
        }
        if (organisations.national.isEmpty()) {
            throw new IllegalArgumentException(
                    fixture + " lists no organisation with professionals; run the Fixture first");
        }
        return organisations;
    }

    private void add(Organisation organisation) {
        byMunicipality
                .computeIfAbsent(organisation.municipalityCode(), code -> new EnumMap<>(OrganisationKind.class))
                .computeIfAbsent(organisation.kind(), kind -> new ArrayList<>())
                .add(organisation);
        national.computeIfAbsent(organisation.kind(), kind -> new ArrayList<>()).add(organisation);
    }

    boolean has(OrganisationKind kind) {
        return national.containsKey(kind);
    }

    /**
     * Draws an organisation of the kind: nine times in ten one in the child's municipality, when it
     * has one, and otherwise one anywhere in the country.
     */
    Organisation draw(SplittableRandom random, OrganisationKind kind, String municipalityCode) {
        var local = byMunicipality.getOrDefault(municipalityCode, Map.of()).get(kind);
        var choices = local != null && random.nextInt(10) != 0 ? local : national.get(kind);
        return choices.get(random.nextInt(choices.size()));
    }
}
