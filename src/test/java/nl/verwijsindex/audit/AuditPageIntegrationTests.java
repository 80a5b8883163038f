package nl.verwijsindex.audit;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit page: verification result, latest entries without personal data, and who may open it. */
class AuditPageIntegrationTests extends IntegrationTest {

    private static final String CHILD = "999970033";

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;

    @BeforeEach
    void emptyChain() throws Exception {
        chain = new AuditChain(jdbc, context);
        chain.reset();
    }

    @Test
    void showsIntactChainAndLatestEntries() {
        new TestApi(port).register(TEACHER.organisation().apiToken(), CHILD, TEACHER.id());
        var session = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        chain.awaitChained();
        var lastHash = HexFormat.of()
                .formatHex(jdbc.sql("select hash from audit_entries where sequence = 2")
                        .query(byte[].class)
                        .single());

        var page = session.get("/administration/audit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(page.body()).contains("De keten is intact: 2 regels gecontroleerd. De laatste regel is nummer 2.");
        assertThat(page.body()).contains(lastHash);
        assertThat(page.body()).contains("id=\"entry-1\"", "id=\"entry-2\"", "Vastleggen", "Inloggen");
        var pseudonym = HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(CHILD)).value());
        assertThat(page.body()).contains(pseudonym.substring(0, 8) + "…").doesNotContain(pseudonym);
        assertThat(page.body()).doesNotContain(CHILD, "127.0.0.1", TEACHER.name(), TEACHER.email());
    }

    @Test
    void showingPageIsRecorded() {
        var session = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        var administrator = accounts.of(FUNCTIONAL_ADMINISTRATOR).accountId().toString();

        session.get("/administration/audit");

        assertThat(chain.after(1))
                .extracting(AuditChain.Row::action, AuditChain.Row::actorId, AuditChain.Row::purpose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("read", administrator, "verify-audit-trail"));
    }

    @Test
    void showsFirstBrokenEntry() throws Exception {
        new TestApi(port).register(TEACHER.organisation().apiToken(), CHILD, TEACHER.id());
        var session = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        chain.asOwner(List.of("update audit_entries set purpose = 'other' where sequence = 1"));

        var page = session.get("/administration/audit?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The chain is broken: entry 1 was changed.");
        assertThat(page.body()).doesNotContain("The chain is intact");
    }

    @Test
    void showsRowsSetAsideBesideIntactChain() throws Exception {
        var session = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        chain.asOwner(List.of("insert into audit_entries (recorded_at, action, outcome, purpose)"
                + " values ('2026-12-04T09:00:00Z', 'erase', 'success', 'manual-fix'),"
                + " ('2026-12-04T09:00:01Z', 'read', 'success', 'retired purpose')"));
        var ids = jdbc.sql(
                        "select id from audit_entries where purpose in ('manual-fix', 'retired purpose') order by id")
                .query(Long.class)
                .list();

        var page = session.get("/administration/audit?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The chain is intact: 3 entries verified. The last entry is number 3.");
        assertThat(page.body())
                .contains(
                        "id=\"set-aside\"",
                        "The audit trail contains rows outside the chain whose values do not form a"
                                + " valid entry: 2 in all, the oldest with ids " + ids.get(0) + ", " + ids.get(1)
                                + ".");
    }

    @Test
    void otherRolesGetForbidden() {
        for (var session : List.of(loggedIn(TEACHER), loggedIn(MUNICIPAL_OFFICER))) {
            var page = session.get("/administration/audit");

            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).doesNotContain("De keten");
        }
    }
}
