package nl.verwijsindex.reporting.internal;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPAL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The statistics pages and CSV files: who may read them, the range of months, the exact CSV content
 * and the audit entry of each request.
 */
class StatisticsPagesIntegrationTests extends IntegrationTest {

    private static final String OWN = "/municipality/0363/statistics";
    private static final String NORTH = "/region/" + StatisticsDataSet.NORTH + "/statistics";
    private static final String SOUTH = "/region/" + StatisticsDataSet.SOUTH + "/statistics";

    @Autowired
    ApplicationContext context;

    AuditChain chain;
    StatisticsDataSet dataSet;

    @BeforeEach
    void createDataSet() {
        chain = new AuditChain(jdbc, context);
        dataSet = new StatisticsDataSet(jdbc);
        dataSet.delete();
        dataSet.create();
    }

    @AfterEach
    void deleteDataSet() {
        dataSet.delete();
    }

    @Test
    void officerReadsOwnMunicipalityAndRegion() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        long before = chain.lastSequence();

        var page = session.get(OWN);
        var region = session.get(NORTH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Statistieken van Amsterdam");
        assertThat(page.body()).contains("id=\"table-signals-registered\"");
        assertThat(page.body()).contains("data-month=\"2026-01\"").contains("data-month=\"2026-12\"");
        assertThat(page.body()).doesNotContain("data-month=\"2025-12\"");
        assertThat(page.body()).contains("minder dan 5 of afgeschermd");
        assertThat(page.body()).contains("niet getoond: minder dan 5 matches of afgeschermd");
        assertThat(page.body()).contains("href=\"/region/" + StatisticsDataSet.NORTH + "/statistics\"");
        assertThat(page.body()).contains("/webjars/chart.js/4.5.1/dist/chart.umd.js");
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(region.body()).contains("Statistieken van regio Regio Noord");
        var officer = officerEntry("read", "success", "read-municipality-statistics");
        assertThat(chain.after(before))
                .containsExactly(
                        officer.about("municipality", TestRegion.MUNICIPALITY).at(before + 1, clock.instant()),
                        officerEntry("read", "success", "read-region-statistics")
                                .about("region", StatisticsDataSet.NORTH)
                                .at(before + 2, clock.instant()));
    }

    @Test
    void overviewLinksToStatistics() {
        var session = loggedIn(MUNICIPAL_OFFICER);

        var overview = session.get("/municipality/0363");

        assertThat(overview.body()).contains("id=\"statistics-link\"");
        assertThat(overview.body()).contains("href=\"/municipality/0363/statistics\"");
        assertThat(overview.body()).contains(">Statistieken van de gemeente</a>");
    }

    @Test
    void officerOfOtherMunicipalityGetsNotFound() {
        var session = loggedIn(OTHER_MUNICIPAL_OFFICER);
        long before = chain.lastSequence();

        var municipality = session.get(OWN);
        var region = session.get(NORTH);
        var csv = session.get(NORTH + ".csv");
        var missing = session.get("/region/" + UUID.randomUUID() + "/statistics");
        var invalid = session.get("/region/not-an-id/statistics");
        var ownRegion = session.get(SOUTH);

        assertThat(municipality.statusCode()).isEqualTo(404);
        assertThat(region.statusCode()).isEqualTo(404);
        assertThat(csv.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(invalid.statusCode()).isEqualTo(404);
        assertThat(ownRegion.statusCode()).isEqualTo(200);
        var accountId = accounts.of(OTHER_MUNICIPAL_OFFICER).accountId();
        var now = clock.instant();
        assertThat(chain.after(before))
                .containsExactly(
                        rejected(accountId, "read", "read-municipality-statistics")
                                .at(before + 1, now),
                        rejected(accountId, "read", "read-region-statistics").at(before + 2, now),
                        rejected(accountId, "export", "export-region-statistics")
                                .at(before + 3, now),
                        rejected(accountId, "read", "read-region-statistics").at(before + 4, now),
                        rejected(accountId, "read", "read-region-statistics").at(before + 5, now),
                        ExpectedEntry.of("read", "success", "read-region-statistics")
                                .byAccount(accountId, "municipal-officer", null, TestRegion.OTHER_MUNICIPALITY)
                                .about("region", StatisticsDataSet.SOUTH)
                                .at(before + 6, now));
    }

    @Test
    void otherRolesAreForbidden() {
        for (var session : List.of(loggedIn(TestRegion.TEACHER), loggedIn(TestRegion.SCHOOL_ADMINISTRATOR))) {
            long before = chain.lastSequence();

            for (var path : List.of(OWN, OWN + ".csv", NORTH, NORTH + ".csv")) {
                assertThat(session.get(path).statusCode()).as(path).isEqualTo(403);
            }
            assertThat(chain.after(before)).isEmpty();
        }
    }

    @Test
    void functionalAdministratorReadsEveryArea() {
        var session = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        assertThat(session.get("/municipality/1903/statistics").statusCode()).isEqualTo(200);
        assertThat(session.get(OWN).statusCode()).isEqualTo(200);
        assertThat(session.get(SOUTH).statusCode()).isEqualTo(200);
        assertThat(session.get(NORTH + ".csv").statusCode()).isEqualTo(200);
        assertThat(session.get("/municipality/1999/statistics").statusCode()).isEqualTo(404);
    }

    @Test
    void invalidMonthsAreRejectedByName() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        long before = chain.lastSequence();

        var format = session.get(OWN + "?from=2026-13&to=2026-12");
        var future = session.get(OWN + "?from=2026-01&to=2027-01");
        var reversed = session.get(OWN + "?from=2026-06&to=2026-05");
        var tooLong = session.get(OWN + "?from=2023-12&to=2026-12");
        var longest = session.get(OWN + "?from=2024-01&to=2026-12");

        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("&quot;2026-13&quot; is geen maand. Schrijf de maand als jaar-maand");
        assertThat(format.body()).doesNotContain("id=\"table-signals-registered\"");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("De maand 2027-01 ligt in de toekomst. Kies 2026-12 of een eerdere maand.");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body())
                .contains(
                        "Tot en met maand 2026-05 ligt voor Van maand 2026-06. Kies bij Tot en met maand 2026-06 of een latere maand.");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body())
                .contains(
                        "De periode van 2023-12 tot en met 2026-12 telt 37 maanden. Kies een periode van hoogstens 36 maanden.");
        assertThat(longest.statusCode()).isEqualTo(200);
        assertThat(longest.body()).contains("data-month=\"2024-01\"");
        var now = clock.instant();
        var rejected = officerEntry("read", "rejected", "read-municipality-statistics")
                .about("municipality", TestRegion.MUNICIPALITY);
        assertThat(chain.after(before))
                .containsExactly(
                        rejected.at(before + 1, now),
                        rejected.at(before + 2, now),
                        rejected.at(before + 3, now),
                        rejected.at(before + 4, now),
                        officerEntry("read", "success", "read-municipality-statistics")
                                .about("municipality", TestRegion.MUNICIPALITY)
                                .at(before + 5, now));
    }

    @Test
    void invalidMonthsOfCsvAreRejected() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        long before = chain.lastSequence();

        var response = session.get(OWN + ".csv?from=maart&to=2026-12&lang=en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("\"maart\" is not a month. Write the month as year-month, for example 2026-03.\n");
        assertThat(chain.after(before))
                .containsExactly(officerEntry("export", "rejected", "export-municipality-statistics")
                        .about("municipality", TestRegion.MUNICIPALITY)
                        .at(before + 1, clock.instant()));
    }

    @Test
    void csvContainsEveryRowExactly() {
        jdbc.sql("delete from match_members").update();
        jdbc.sql("delete from matches").update();
        jdbc.sql("delete from signals where organisation_id = ?")
                .param(TestRegion.OTHER_TOWN_SCHOOL.id())
                .update();
        addSignals(TestRegion.OTHER_TOWN_TEACHER, 6, LocalDate.of(2026, 11, 3));
        var session = loggedIn(OTHER_MUNICIPAL_OFFICER);
        long before = chain.lastSequence();

        var response = session.get("/municipality/0479/statistics.csv?from=2026-11&to=2026-12");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"verwijsindex-statistieken-0479-2026-11-2026-12.csv\"");
        // The officer reads English, so suppressed values read "fewer than 5, or withheld".
        assertThat(response.body())
                .isEqualTo(expectedCsv("fewer than 5, or withheld", "not shown: fewer than 5 matches, or withheld"));
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("export", "success", "export-municipality-statistics")
                        .byAccount(
                                accounts.of(OTHER_MUNICIPAL_OFFICER).accountId(),
                                "municipal-officer",
                                null,
                                TestRegion.OTHER_MUNICIPALITY)
                        .about("municipality", TestRegion.OTHER_MUNICIPALITY)
                        .at(before + 1, clock.instant()));
    }

    /**
     * Returns the CSV of the other municipality from November to December 2026 with only the six
     * education signals of 3 November. Only the active total is shown, 6 in both months. Education
     * is hidden because the other kinds are known zeros, so it would equal the total. The registered
     * total is hidden because the active total of October is below 5, so registered signals minus the
     * active count of November would give it.
     */
    private static String expectedCsv(String suppressed, String suppressedShare) {
        var shown = List.of("signals-active,total,2026-11", "signals-active,total,2026-12");
        var lines = new ArrayList<String>();
        lines.add("measure,kind,month,value");
        for (var measure : Measure.values()) {
            var months = measure.monthly() ? List.of("2026-11", "2026-12") : List.of("2026-11/2026-12");
            var kinds = new ArrayList<String>();
            kinds.add("total");
            for (var kind : nl.verwijsindex.organisations.OrganisationKind.values()) {
                kinds.add(kind.code());
            }
            for (var kind : kinds) {
                for (var month : months) {
                    var key = measure.code() + "," + kind + "," + month;
                    var hidden = measure == Measure.CROSSING_SHARE ? suppressedShare : suppressed;
                    lines.add(key + "," + (shown.contains(key) ? "6" : hidden));
                }
            }
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private void addSignals(TestRegion.Person person, int count, LocalDate registeredOn) {
        for (int i = 0; i < count; i++) {
            var child = new byte[32];
            child[0] = (byte) i;
            child[1] = 77;
            jdbc.sql("""
                            insert into signals (id, child_pseudonym, parent_pseudonyms, pseudonym_key_version,
                                bsn_ciphertext, encryption_key_version, professional_id, organisation_id,
                                registered_on, end_date, status, created_at)
                            values (?, ?, '{}', 1, ?, 1, ?, ?, ?, ?, 'active', now())
                            """)
                    .params(
                            UUID.randomUUID(),
                            child,
                            new byte[] {1},
                            person.id(),
                            person.organisation().id(),
                            Date.valueOf(registeredOn),
                            Date.valueOf(registeredOn.plusYears(1)))
                    .update();
        }
    }

    private ExpectedEntry officerEntry(String action, String outcome, String purpose) {
        return ExpectedEntry.of(action, outcome, purpose)
                .byAccount(
                        accounts.of(MUNICIPAL_OFFICER).accountId(), "municipal-officer", null, TestRegion.MUNICIPALITY);
    }

    private static ExpectedEntry rejected(UUID accountId, String action, String purpose) {
        return ExpectedEntry.of(action, "rejected", purpose)
                .byAccount(accountId, "municipal-officer", null, TestRegion.OTHER_MUNICIPALITY);
    }
}
