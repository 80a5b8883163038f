package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPALITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The functional administrator's regions page: adding a region and placing a municipality in one. */
class RegionPagesIntegrationTests extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    Regions regions;

    @Autowired
    ApplicationContext context;

    AuditChain chain;
    long before;

    @BeforeEach
    void readChain() {
        chain = new AuditChain(jdbc, context);
    }

    @Test
    void listsRegionsAndMunicipalities() {
        regions.add(UUID.randomUUID(), "Groot-Amsterdam");
        regions.place(MUNICIPALITY, regions.all().get(0).id());
        var administrator = marked();

        var response = administrator.get("/administration/regions");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "href=\"/region/" + regions.all().get(0).id() + "/statistics\"",
                        "aria-label=\"Statistieken van regio Groot-Amsterdam\">Groot-Amsterdam</a>",
                        ">Amsterdam</td>")
                .contains(">0363 Amsterdam (nu in Groot-Amsterdam)</option>")
                .contains(">0479 Zaanstad (nu in geen regio)</option>");
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "success", "list-regions")
                        .byAdministrator(accounts, FUNCTIONAL_ADMINISTRATOR)
                        .at(before + 1, NOW));
    }

    @Test
    void addsRegion() {
        var administrator = marked();

        var response = administrator.post("/administration/regions", Map.of("name", "  Zaanstreek  "));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/administration/regions");
        var region = regions.all();
        assertThat(region).extracting(Regions.Region::name).containsExactly("Zaanstreek");
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("write", "success", "add-region")
                        .byAdministrator(accounts, FUNCTIONAL_ADMINISTRATOR)
                        .about("region", region.get(0).id())
                        .at(before + 1, NOW));
        assertThat(administrator.get("/administration/regions").body())
                .contains(
                        "Regio Zaanstreek is toegevoegd.",
                        "aria-label=\"Statistieken van regio Zaanstreek\">Zaanstreek</a>",
                        ">Nog geen gemeenten</td>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|Vul de naam van de regio in, van 1 tot en met 100 tekens.",
                "'   '|Vul de naam van de regio in, van 1 tot en met 100 tekens.",
                "Regio\tWest|De naam van de regio bevat een regeleinde of een onzichtbaar teken. Typ de naam op één"
                        + " regel, zonder zulke tekens.</a>",
                "111222333 Regio|Naam van de regio: de naam lijkt een BSN te bevatten. Laat het BSN weg",
                "haaglanden|Er bestaat al een regio met de naam haaglanden. Kies een andere naam,"
            })
    void rejectsInvalidName(String name, String message) {
        regions.add(UUID.randomUUID(), "Haaglanden");
        var administrator = marked();

        var response = administrator.post("/administration/regions", Map.of("name", name));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#region-name\">" + message);
        assertThat(response.body()).doesNotContain("111222333");
        assertThat(regions.all()).extracting(Regions.Region::name).containsExactly("Haaglanden");
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("write", "rejected", "add-region")
                        .byAdministrator(accounts, FUNCTIONAL_ADMINISTRATOR)
                        .at(before + 1, NOW));
    }

    @Test
    void acceptsNameOfHundredCharacters() {
        var administrator = marked();

        var accepted = administrator.post("/administration/regions", Map.of("name", "r".repeat(100)));
        var rejected = administrator.post("/administration/regions", Map.of("name", "s".repeat(101)));

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body())
                .contains("href=\"#region-name\">De naam van de regio heeft 101 tekens. Kort de naam in tot"
                        + " hoogstens 100 tekens.</a>");
        assertThat(regions.all()).extracting(Regions.Region::name).containsExactly("r".repeat(100));
    }

    @Test
    void rejectsPlacementInEnglish() {
        var administrator = marked();
        administrator.get("/administration/regions?lang=en");

        var response =
                administrator.post("/administration/regions/placement", Map.of("municipality", "Delft", "region", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains(
                        "href=\"#placement-municipality\">The chosen municipality “Delft” is not a four-digit"
                                + " municipality code. Choose a municipality from the list.</a>",
                        "href=\"#placement-region\">No region was chosen. Choose a region from the list, or No"
                                + " region.</a>");
        assertThat(regions.regionOf(OTHER_MUNICIPALITY)).isEmpty();
    }

    @Test
    void rejectsLongNameInEnglish() {
        var administrator = marked();
        administrator.get("/administration/regions?lang=en");

        var response = administrator.post("/administration/regions", Map.of("name", "s".repeat(101)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("href=\"#region-name\">The name of the region has 101 characters. Shorten it to at most"
                        + " 100 characters.</a>");
        assertThat(response.body()).doesNotContain("line break");
    }

    @Test
    void rejectsTakenNameInEnglish() {
        regions.add(UUID.randomUUID(), "Haaglanden");
        var administrator = marked();
        administrator.get("/administration/regions?lang=en");

        var response = administrator.post("/administration/regions", Map.of("name", "HAAGLANDEN"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("href=\"#region-name\">A region named HAAGLANDEN already exists. Choose another name,"
                        + " or place the municipalities in the existing region.");
    }

    @Test
    void placesMunicipalityInRegionAndInNone() {
        var region = UUID.randomUUID();
        regions.add(region, "Zaanstreek");
        var administrator = marked();

        var placed = administrator.post(
                "/administration/regions/placement", Map.of("municipality", "0479", "region", region.toString()));

        assertThat(placed.statusCode()).isEqualTo(302);
        assertThat(regions.regionOf(OTHER_MUNICIPALITY))
                .map(Regions.Region::name)
                .contains("Zaanstreek");
        assertThat(administrator.get("/administration/regions").body())
                .contains("De regio van gemeente 0479 is opgeslagen.", ">0479 Zaanstad (nu in Zaanstreek)</option>");

        before = chain.lastSequence();
        var removed = administrator.post(
                "/administration/regions/placement", Map.of("municipality", "0479", "region", "none"));

        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(regions.regionOf(OTHER_MUNICIPALITY)).isEmpty();
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("write", "success", "place-municipality")
                        .byAdministrator(accounts, FUNCTIONAL_ADMINISTRATOR)
                        .about("municipality", OTHER_MUNICIPALITY)
                        .at(before + 1, NOW));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0001|none|placement-municipality|Er bestaat geen gemeente met code 0001. Kies een gemeente uit de lijst.",
                "''|none|placement-municipality|Er is geen gemeente gekozen. Kies een gemeente uit de lijst.</a>",
                "Delft|none|placement-municipality|De gekozen gemeente „Delft” is geen gemeentecode van vier cijfers."
                        + " Kies een gemeente uit de lijst.</a>",
                "111222333|none|placement-municipality|De gekozen gemeente is geen gemeentecode van vier cijfers. De"
                        + " waarde wordt niet herhaald, omdat ze te lang is, een onzichtbaar teken bevat of op een BSN"
                        + " lijkt. Kies een gemeente uit de lijst.</a>",
                "0479|''|placement-region|Er is geen regio gekozen. Kies een regio uit de lijst, of Geen regio.</a>",
                "0479|Haaglanden|placement-region|De gekozen regio „Haaglanden” is geen regio uit de lijst. Kies een"
                        + " regio uit de lijst, of Geen regio.</a>",
                "0479|111222333|placement-region|De gekozen regio is geen regio uit de lijst. De waarde wordt niet"
                        + " herhaald, omdat ze te lang is, een onzichtbaar teken bevat of op een BSN lijkt. Kies een"
                        + " regio uit de lijst, of Geen regio.</a>",
                "0479|00000000-0000-0000-0000-000000000001|placement-region|Er bestaat geen regio met id"
                        + " 00000000-0000-0000-0000-000000000001; misschien is de pagina verouderd."
            })
    void rejectsUnknownPlacement(String municipality, String region, String field, String message) {
        var administrator = marked();

        var response = administrator.post(
                "/administration/regions/placement", Map.of("municipality", municipality, "region", region));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#" + field + "\">" + message);
        assertThat(response.body()).doesNotContain("111222333");
        assertThat(regions.regionOf(OTHER_MUNICIPALITY)).isEmpty();
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("write", "rejected", "place-municipality")
                        .byAdministrator(accounts, FUNCTIONAL_ADMINISTRATOR)
                        .at(before + 1, NOW));
    }

    @Test
    void rejectsMunicipalOfficer() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get("/home");

        var page = officer.get("/administration/regions");
        var add = officer.post("/administration/regions", Map.of("name", "Eigen regio"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(add.statusCode()).isEqualTo(403);
        assertThat(regions.all()).isEmpty();
    }

    @Test
    void linksRegionsFromAdministration() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        assertThat(administrator.get("/administration").body())
                .contains("href=\"/administration/regions\">Regio&#39;s</a>");
    }

    /** Logs in, reads the home page for a CSRF token, and marks the chain after the login's entry. */
    private WebSession marked() {
        var session = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        session.get("/home");
        before = chain.lastSequence();
        return session;
    }
}
