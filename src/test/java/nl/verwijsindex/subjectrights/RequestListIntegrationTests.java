package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The list of requests: order by deadline and the flags for deadlines within 7 days or past. */
class RequestListIntegrationTests extends IntegrationTest {

    private static final Pattern ROW =
            Pattern.compile("<tr class=\"utrecht-table__row\" id=\"request-(\\d+)\">(.*?)</tr>", Pattern.DOTALL);

    @Test
    void listFlagsNearAndPastDeadlines() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        // Deadlines 12 December (8 days ahead), 11 December (7 days ahead) and 3 December (passed).
        var eightDays = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-11-14");
        var sevenDays = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-11-13");
        var passed = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-11-05");

        var page = session.get(RightsFixtures.LIST).body();

        var rows = ROW.matcher(page).results().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).group(2)).contains("3 december 2026").contains("Termijn verstreken");
        assertThat(rows.get(1).group(2)).contains("11 december 2026").contains("Termijn loopt bijna af");
        assertThat(rows.get(2).group(2))
                .contains("12 december 2026")
                .doesNotContain("Termijn loopt bijna af")
                .doesNotContain("Termijn verstreken");
        assertThat(page)
                .contains(passed.toString())
                .contains(sevenDays.toString())
                .contains(eightDays.toString());
    }

    @Test
    void deadlineDayIsNotPast() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        // Received 6 November, so the deadline is 4 December, the test's day.
        RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-11-06");

        var page = session.get(RightsFixtures.LIST).body();

        var row = ROW.matcher(page).results().findFirst().orElseThrow().group(2);
        assertThat(row).contains("4 december 2026");
        assertThat(row).contains("Termijn loopt bijna af");
        assertThat(row).doesNotContain("Termijn verstreken");
    }
}
