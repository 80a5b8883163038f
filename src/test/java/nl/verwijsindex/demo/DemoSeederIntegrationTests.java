package nl.verwijsindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.system.DataFolder;
import nl.verwijsindex.system.database.DatabaseMode;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo region into the test database, as the first start of a local run does, with the
 * credentials file in a folder of its own. The tests run in order on the same seeded region.
 */
class DemoSeederIntegrationTests extends IntegrationTest {

    @Autowired
    OrganisationAdministration organisations;

    @Autowired
    ApiClients apiClients;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    @TempDir
    Path folder;

    @Test
    void seedsRegionOnceAndKeepsCredentialsAcrossStarts() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var file = folder.resolve("demo-credentials.json");
        var first = Files.readString(file);

        seeder("").run(new DefaultApplicationArguments());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).isEqualTo(first);
        var organisationsInFile = organisations(first);
        assertThat(organisationsInFile).hasSize(5);
        assertThat(organisationsInFile.stream().map(node -> node.path("kind").asString()))
                .containsExactly("education", "youth-health-care", "youth-care", "social-work", "police-justice");
        assertThat(organisationsInFile).allSatisfy(organisation -> {
            assertThat(organisation.path("id").asString()).hasSize(36);
            assertThat(organisation.path("name").asString()).isNotBlank();
            assertThat(organisation.path("apiToken").asString()).startsWith("vwi_");
            assertThat(organisation.path("professionals").size()).isEqualTo(3);
            assertThat(organisation.path("professionals").path(0).path("email").asString())
                    .endsWith(".example");
        });
        assertThat(organisationsInFile.get(0).path("name").asString()).isEqualTo("Basisschool De Vlinder");
        assertThat(organisationsInFile
                        .get(0)
                        .path("professionals")
                        .path(0)
                        .path("name")
                        .asString())
                .isEqualTo("Amira El Idrissi");
        assertThat(organisationsInFile
                        .get(0)
                        .path("professionals")
                        .path(0)
                        .path("phone")
                        .asString())
                .isEqualTo("+31 70 000 1103");
    }

    @Test
    void givesNewTokensWhenCredentialsFileIsGone() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var file = folder.resolve("demo-credentials.json");
        var before = organisations(Files.readString(file));
        Files.delete(file);

        seeder("true").run(new DefaultApplicationArguments());

        var after = organisations(Files.readString(file));
        assertThat(after).hasSize(5);
        assertThat(after.get(0).path("id").asString())
                .isEqualTo(before.get(0).path("id").asString());
        assertThat(after.get(0).path("apiToken").asString())
                .isNotEqualTo(before.get(0).path("apiToken").asString());
        var api = new TestApi(port);
        var professional = after.get(0).path("professionals").path(0).path("id").asString();
        assertThat(api.get(before.get(0).path("apiToken").asString(), "/api/v1/matches?professionalId=" + professional)
                        .status())
                .isEqualTo(401);
        assertThat(api.get(after.get(0).path("apiToken").asString(), "/api/v1/matches?professionalId=" + professional)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void seedsNothingWhenTurnedOff() throws Exception {
        seeder("false").run(new DefaultApplicationArguments());

        assertThat(Files.exists(folder.resolve("demo-credentials.json"))).isFalse();
    }

    private DemoSeeder seeder(String demo) {
        return new DemoSeeder(
                demo, DatabaseMode.EMBEDDED, organisations, apiClients, new DataFolder(folder), transactions, json);
    }

    private List<JsonNode> organisations(String content) {
        return StreamSupport.stream(json.readTree(content).path("organisations").spliterator(), false)
                .toList();
    }
}
