package nl.verwijsindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.organisations.Regions;
import nl.verwijsindex.system.DataFolder;
import nl.verwijsindex.system.database.DatabaseMode;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.WebSession;
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
    CoordinatorPriorities priorities;

    @Autowired
    ApiClients apiClients;

    @Autowired
    Accounts accountsService;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Regions regions;

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
    void seedsCoordinatorPriorityAndSignalOnlyOrganisations() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var municipality = organisations.findMunicipality("0518").orElseThrow();

        var priority = priorities.priorityOf(municipality);
        var signalOnlyKinds = jdbc.sql(
                        "select kind from organisations where municipality_id = ? and signal_only order by kind")
                .param(municipality)
                .query(String.class)
                .list();

        assertThat(priority)
                .containsExactly(
                        OrganisationKind.YOUTH_CARE,
                        OrganisationKind.YOUTH_PROTECTION,
                        OrganisationKind.SAFE_AT_HOME,
                        OrganisationKind.YOUTH_HEALTH_CARE,
                        OrganisationKind.SOCIAL_WORK);
        assertThat(signalOnlyKinds).containsExactly("education", "police-justice");
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
    void demoPeopleLogInWithFileCredentials() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var credentials = json.readTree(Files.readString(folder.resolve("demo-credentials.json")));
        var professional =
                credentials.path("organisations").path(1).path("professionals").path(0);
        var administrator =
                credentials.path("organisations").path(1).path("administrators").path(0);
        var officer = credentials.path("municipality").path("administrators").path(0);
        var secondOfficer =
                credentials.path("municipality").path("administrators").path(1);
        var functionalAdministrator =
                credentials.path("functionalAdministrators").path(0);

        var professionalHome = logInAndOpenHome(professional);
        var administratorHome = logInAndOpenHome(administrator);
        var officerHome = logInAndOpenHome(officer);
        var secondOfficerHome = logInAndOpenHome(secondOfficer);
        var functionalAdministratorHome = logInAndOpenHome(functionalAdministrator);

        assertThat(professional.path("password").asString()).hasSize(23);
        assertThat(professional.path("totpSecret").asString()).matches("[A-Z2-7]{32}");
        assertThat(administrator.path("email").asString()).isEqualTo("beheer@jgz.example");
        assertThat(credentials.path("municipality").path("code").asString()).isEqualTo("0518");
        assertThat(professionalHome).contains("id=\"account-scope\">JGZ Den Haag</dd>");
        assertThat(professionalHome).contains("id=\"account-role\">Beroepskracht</dd>");
        assertThat(administratorHome).contains("id=\"account-role\">Beheerder van de organisatie</dd>");
        assertThat(officerHome).contains("id=\"account-name\">Wendy de Ruiter</dd>");
        assertThat(officerHome).contains("id=\"account-scope\">&#39;s-Gravenhage</dd>");
        assertThat(credentials.path("municipality").path("administrators").size())
                .isEqualTo(2);
        assertThat(officer.path("email").asString()).isEqualTo("wendy.deruiter@denhaag.example");
        assertThat(secondOfficer.path("email").asString()).isEqualTo("sem.vermeulen@denhaag.example");
        assertThat(secondOfficer.path("name").asString()).isEqualTo("Sem Vermeulen");
        assertThat(secondOfficer.path("accountId").asString()).hasSize(36);
        assertThat(secondOfficer.path("password").asString()).hasSize(23);
        assertThat(secondOfficer.path("totpSecret").asString()).matches("[A-Z2-7]{32}");
        assertThat(secondOfficerHome).contains("id=\"account-name\">Sem Vermeulen</dd>");
        assertThat(secondOfficerHome).contains("id=\"account-role\">Medewerker van de gemeente</dd>");
        assertThat(secondOfficerHome).contains("id=\"account-scope\">&#39;s-Gravenhage</dd>");
        assertThat(credentials.path("functionalAdministrators").size()).isEqualTo(1);
        assertThat(functionalAdministrator.path("email").asString()).isEqualTo("bas.koster@verwijsindex.example");
        assertThat(functionalAdministrator.path("accountId").asString()).hasSize(36);
        assertThat(functionalAdministrator.path("totpSecret").asString()).matches("[A-Z2-7]{32}");
        assertThat(functionalAdministratorHome).contains("id=\"account-role\">Functioneel beheerder</dd>");
        assertThat(functionalAdministratorHome).contains("id=\"account-name\">Bas Koster</dd>");
    }

    @Test
    void seedsTwoActiveOfficersOfDemoMunicipality() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var municipality = organisations.findMunicipality("0518").orElseThrow();

        var officers = jdbc.sql("""
                        select name || ' ' || email || ' ' || active || ' ' || (password_hash is not null)
                          from accounts
                         where role = 'municipal-officer' and municipality_id = ?
                         order by name
                        """).param(municipality).query(String.class).list();

        assertThat(officers)
                .containsExactly(
                        "Sem Vermeulen sem.vermeulen@denhaag.example true true",
                        "Wendy de Ruiter wendy.deruiter@denhaag.example true true");
    }

    @Test
    void addsSecondOfficerToRegionSeededWithoutIt() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var file = folder.resolve("demo-credentials.json");
        jdbc.sql("delete from accounts where lower(email) = 'sem.vermeulen@denhaag.example'")
                .update();

        seeder("true").run(new DefaultApplicationArguments());

        var officers =
                json.readTree(Files.readString(file)).path("municipality").path("administrators");
        assertThat(officers.size()).isEqualTo(2);
        assertThat(officers.path(1).path("email").asString()).isEqualTo("sem.vermeulen@denhaag.example");
        assertThat(accountsService.findByEmail("sem.vermeulen@denhaag.example"))
                .contains(UUID.fromString(officers.path(1).path("accountId").asString()));
        logInAndOpenHome(officers.path(1));
    }

    @Test
    void seedsRegionWithFourMunicipalities() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());

        var region = regions.all();
        assertThat(region).extracting(Regions.Region::name).containsExactly("Haaglanden");
        assertThat(regions.municipalitiesIn(region.get(0).id()))
                .extracting(municipality -> municipality.code() + " " + municipality.name())
                .containsExactly("0518 's-Gravenhage", "0503 Delft", "0603 Rijswijk", "0637 Zoetermeer");
    }

    @Test
    void seedsNeighbourOrganisationsWithoutCredentials() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var delft = organisations.findMunicipality("0503").orElseThrow();

        var delftOrganisations = jdbc.sql("""
                        select o.name || ' ' || o.kind || ' ' || o.signal_only || ' ' || count(p.id)
                          from organisations o join professionals p on p.organisation_id = o.id
                         where o.municipality_id = ?
                         group by o.id order by o.name
                        """).param(delft).query(String.class).list();
        var delftAccounts = jdbc.sql("""
                        select count(*) from accounts a join organisations o on o.id = a.organisation_id
                         where o.municipality_id = ?
                        """).param(delft).query(Long.class).single();
        var credentials = json.readTree(Files.readString(folder.resolve("demo-credentials.json")));

        assertThat(delftOrganisations)
                .containsExactly(
                        "GGD Delft youth-health-care false 2",
                        "Jeugdteam Delft youth-care false 2",
                        "Montessorischool Delft-Zuid education true 2");
        assertThat(delftAccounts).isZero();
        assertThat(priorities.priorityOf(delft)).containsExactlyElementsOf(DemoRegion.COORDINATOR_PRIORITY);
        assertThat(credentials.path("organisations").size()).isEqualTo(5);
        assertThat(credentials.path("municipality").path("code").asString()).isEqualTo("0518");
    }

    @Test
    void addsRegionToDemoSeededBeforeRegionsExisted() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var file = folder.resolve("demo-credentials.json");
        var credentials = Files.readString(file);
        // A data folder of an earlier version: the demo municipality in no region, and no region at all.
        jdbc.sql("update municipalities set region_id = null").update();
        jdbc.sql("delete from regions").update();
        var municipalities = jdbc.sql("select count(*) from municipalities")
                .query(Long.class)
                .single();

        seeder("").run(new DefaultApplicationArguments());

        var region = regions.regionOf(organisations.findMunicipality("0518").orElseThrow());
        assertThat(region).map(Regions.Region::name).contains("Haaglanden");
        assertThat(regions.municipalitiesIn(region.orElseThrow().id())).hasSize(4);
        assertThat(jdbc.sql("select count(*) from municipalities")
                        .query(Long.class)
                        .single())
                .isEqualTo(municipalities);
        assertThat(Files.readString(file)).isEqualTo(credentials);
    }

    @Test
    void keepsMunicipalityPlacedInOtherRegion() throws Exception {
        seeder("true").run(new DefaultApplicationArguments());
        var delft = organisations.findMunicipality("0503").orElseThrow();
        var other = UUID.randomUUID();
        regions.add(other, "Zuid-Holland Zuid");
        regions.place(delft, other);

        seeder("true").run(new DefaultApplicationArguments());

        assertThat(regions.regionOf(delft)).map(Regions.Region::name).contains("Zuid-Holland Zuid");
    }

    @Test
    void seedsNothingWhenTurnedOff() throws Exception {
        seeder("false").run(new DefaultApplicationArguments());

        assertThat(Files.exists(folder.resolve("demo-credentials.json"))).isFalse();
    }

    private DemoSeeder seeder(String demo) {
        return new DemoSeeder(
                demo,
                DatabaseMode.EMBEDDED,
                organisations,
                priorities,
                apiClients,
                accountsService,
                regions,
                new DataFolder(folder),
                transactions,
                json);
    }

    private String logInAndOpenHome(JsonNode person) {
        var code = TestAccounts.totpCode(person.path("totpSecret").asString(), clock.instant());
        var session = new WebSession(port);

        var login = session.logIn(
                person.path("email").asString(), person.path("password").asString(), code);

        assertThat(WebSession.location(login))
                .as("login of %s", person.path("email"))
                .isEqualTo("/home");
        return session.get("/home").body();
    }

    private List<JsonNode> organisations(String content) {
        return StreamSupport.stream(json.readTree(content).path("organisations").spliterator(), false)
                .toList();
    }
}
