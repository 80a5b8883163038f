package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.organisations.OrganisationKind.SAFE_AT_HOME;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_CARE;
import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page where a municipality sets the order of organisation kinds that proposes a coordinator. */
class CoordinatorPriorityPageIntegrationTests extends IntegrationTest {

    private static final String PAGE = "/municipality/0363/coordinator-priority";

    @Autowired
    CoordinatorPriorities priorities;

    @Test
    void pageShowsStoredOrderFirst() {
        priorities.setPriority(MUNICIPALITY, List.of(SAFE_AT_HOME, YOUTH_CARE));
        var officer = loggedIn(MUNICIPAL_OFFICER);

        var page = officer.get(PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(selected(page.body())).containsExactly("safe-at-home", "youth-care");
        assertThat(page.body()).contains("id=\"place-13\"").doesNotContain("id=\"place-14\"");
    }

    @Test
    void officerSavesOrderWithoutEmptyPlaces() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(PAGE);

        var saved = officer.post(PAGE, kinds("youth-care", "", "safe-at-home", ""));
        var page = officer.get(WebSession.location(saved));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(saved)).isEqualTo(PAGE);
        assertThat(priorities.priorityOf(MUNICIPALITY)).containsExactly(YOUTH_CARE, SAFE_AT_HOME);
        assertThat(page.body()).contains("De volgorde is opgeslagen. Ze geldt voor nieuwe matches.");
    }

    @Test
    void repeatedKindIsRejected() {
        priorities.setPriority(MUNICIPALITY, List.of(SAFE_AT_HOME));
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(PAGE + "?lang=en");

        var rejected = officer.post(PAGE, kinds("youth-care", "safe-at-home", "youth-care"));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body())
                .contains(
                        "Place 3: this organisation kind is already higher in the order. Choose each kind at most once.");
        assertThat(rejected.body()).contains("href=\"#place-3\"", "aria-describedby=\"place-3-error\"");
        assertThat(selected(rejected.body())).containsExactly("youth-care", "safe-at-home", "youth-care");
        assertThat(priorities.priorityOf(MUNICIPALITY)).containsExactly(SAFE_AT_HOME);
    }

    @Test
    void unknownKindIsRejected() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(PAGE);

        var rejected = officer.post(PAGE, kinds("youth-care", "<b>school</b>"));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("Plaats 2: onbekende soort instantie. Kies een soort uit de lijst.");
        assertThat(rejected.body()).doesNotContain("<b>school</b>");
        assertThat(priorities.priorityOf(MUNICIPALITY)).isEmpty();
    }

    @Test
    void moreKindsThanPlacesIsRejected() {
        priorities.setPriority(MUNICIPALITY, List.of(SAFE_AT_HOME));
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(PAGE);
        var fourteen = new String[14];
        Arrays.fill(fourteen, "other");

        var rejected = officer.post(PAGE, kinds(fourteen));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body())
                .contains("Plaats 1: het formulier heeft meer plaatsen dan er soorten instanties zijn.");
        assertThat(priorities.priorityOf(MUNICIPALITY)).containsExactly(SAFE_AT_HOME);
    }

    @Test
    void foreignOfficerGetsNotFound() {
        priorities.setPriority(MUNICIPALITY, List.of(SAFE_AT_HOME));
        var foreign = loggedIn(OTHER_MUNICIPAL_OFFICER);
        foreign.get("/municipality/0479/coordinator-priority");

        var read = foreign.get(PAGE);
        var write = foreign.post(PAGE, kinds("youth-care"));

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("safe-at-home\" selected");
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(priorities.priorityOf(MUNICIPALITY)).containsExactly(SAFE_AT_HOME);
    }

    @Test
    void functionalAdministratorSetsAnyMunicipality() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/municipality/0479/coordinator-priority");

        var saved = administrator.post("/municipality/0479/coordinator-priority", kinds("youth-care"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(priorities.priorityOf(OTHER_MUNICIPALITY)).containsExactly(YOUTH_CARE);
        assertThat(administrator.get("/municipality/9999/coordinator-priority").statusCode())
                .isEqualTo(404);
    }

    @Test
    void otherRolesAreForbidden() {
        assertThat(loggedIn(TEACHER).get(PAGE).statusCode()).isEqualTo(403);
        assertThat(loggedIn(SCHOOL_ADMINISTRATOR).get(PAGE).statusCode()).isEqualTo(403);
    }

    @Test
    void settingsPageLinksToOrder() {
        var page = loggedIn(MUNICIPAL_OFFICER).get("/municipality/0363/settings");

        assertThat(page.body()).contains("href=\"/municipality/0363/coordinator-priority\"");
    }

    /** Returns the form fields of the selects, one per place, in order. */
    private static List<Map.Entry<String, String>> kinds(String... codes) {
        return Arrays.stream(codes).map(code -> Map.entry("kinds", code)).toList();
    }

    /** Returns the organisation kind codes selected in the page's selects, in order. */
    private static List<String> selected(String body) {
        return java.util.regex.Pattern.compile("<option value=\"([a-z-]+)\" selected")
                .matcher(body)
                .results()
                .map(match -> match.group(1))
                .toList();
    }
}
