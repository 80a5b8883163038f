package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_11;
import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_13;
import static nl.verwijsindex.subjectrights.RightsFixtures.LIST;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Checks of the proposal note (no BSN, no control characters), of the date received (at most one
 * year back, not before the child's birth) and of the order of the look-up rules, so that each
 * rejection names its real reason.
 */
class RequestChecksIntegrationTests extends IntegrationTest {

    /** Born 2021-10-12, died 2022-02-01, registered in 's-Gravenhage. */
    private static final String DECEASED_CHILD = "999970422";
    /** Born 2003-02-27 and living in Amsterdam, so 23 on 2026-02-27. */
    private static final String YOUNG_ADULT = "999996745";

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;
    UUID officer;

    @BeforeEach
    void prepare() {
        chain = new AuditChain(jdbc, context);
        officer = accounts.of(MUNICIPAL_OFFICER).accountId();
    }

    @Test
    void noteWithBsnIsRejected() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = lookedUpObjection(session);
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(
                session, id, "propose", Map.of("outcome", "rejected", "note", "Zie dossier 1112 22 333 van de ouder"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("De toelichting bevat een nummer dat een BSN kan zijn.");
        assertThat(response.body()).contains("Laat het nummer weg.");
        assertThat(response.body()).doesNotContain("1112 22 333");
        assertThat(proposalColumns(id)).isEqualTo("open||");
        assertThat(chain.after(before))
                .containsExactly(
                        entry(before + 1, "read", "success", id, pseudonym(CHILD_13)),
                        entry(before + 2, "write", "rejected", id, pseudonym(CHILD_13)));
    }

    @Test
    void noteWithDirectionMarkIsRejected() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = lookedUpObjection(session);

        var response = RightsFixtures.step(
                session, id, "propose", Map.of("outcome", "rejected", "note", "Geen grond \u202egeen"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("De toelichting bevat een stuurteken of onzichtbaar opmaakteken");
        assertThat(proposalColumns(id)).isEqualTo("open||");
    }

    @Test
    void noteWithLineBreaksIsStored() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = lookedUpObjection(session);

        var response = RightsFixtures.step(
                session,
                id,
                "propose",
                Map.of("outcome", "rejected", "note", "Geen grond.\r\nBesproken met de ouder."));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(proposalColumns(id)).isEqualTo("proposed|rejected|Geen grond.\r\nBesproken met de ouder.");
    }

    @Test
    void dateReceivedOneYearBackIsTheLimit() {
        var session = loggedIn(MUNICIPAL_OFFICER);

        var dayBefore = recordForm(session, "2025-12-03");
        var dayOf = recordForm(session, "2025-12-04");
        var yearZero = recordForm(session, "0000-01-01");

        assertThat(dayBefore.statusCode()).isEqualTo(422);
        assertThat(dayBefore.body())
                .contains("De datum van ontvangst 2025-12-03 ligt meer dan een jaar voor vandaag. Controleer het"
                        + " jaartal en vul de dag in waarop de gemeente het verzoek ontving, op of na 4 december"
                        + " 2025.");
        assertThat(dayBefore.body()).contains("aria-invalid=\"true\"");
        assertThat(dayOf.statusCode()).isEqualTo(302);
        assertThat(yearZero.statusCode()).isEqualTo(422);
        assertThat(yearZero.body()).contains("De datum van ontvangst 0000-01-01 ligt meer dan een jaar voor vandaag.");
        assertThat(jdbc.sql("select received_on from rights_requests")
                        .query(LocalDate.class)
                        .list())
                .containsExactly(LocalDate.parse("2025-12-04"));
    }

    @Test
    void childBornAfterDateReceivedIsRejected() {
        // CHILD_11 was born on 2015-09-01.
        clock.setDate(LocalDate.parse("2015-09-05"));
        var session = loggedIn(MUNICIPAL_OFFICER);
        var dayBefore = RightsFixtures.record(session, "inspection", "parent", "under-12", "2015-08-31");
        var dayOf = RightsFixtures.record(session, "inspection", "parent", "under-12", "2015-09-01");

        var rejected = RightsFixtures.step(session, dayBefore, "look-up", Map.of("bsn", CHILD_11));
        var accepted = RightsFixtures.step(session, dayOf, "look-up", Map.of("bsn", CHILD_11));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body())
                .contains("Volgens de Basisregistratie Personen is het kind geboren na de datum van ontvangst");
        assertThat(rejected.body()).doesNotContain("jonger dan 12 jaar");
        assertThat(childStored(dayBefore)).isFalse();
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(childStored(dayOf)).isTrue();
    }

    @Test
    void deceasedChildGetsOwnMessage() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-12-01");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", DECEASED_CHILD));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Volgens de Basisregistratie Personen is het kind overleden.");
        assertThat(response.body()).doesNotContain("woont volgens de Basisregistratie Personen in een andere gemeente");
        assertThat(childStored(id)).isFalse();
        assertThat(chain.after(before))
                .containsExactly(
                        entry(before + 1, "read", "success", id, null),
                        entry(before + 2, "search", "rejected", id, pseudonym(DECEASED_CHILD)));
    }

    @Test
    void ageLimitAroundTwentyThirdBirthday() {
        clock.setDate(LocalDate.parse("2026-02-26"));
        var session = loggedIn(MUNICIPAL_OFFICER);
        var dayBefore = RightsFixtures.record(session, "inspection", "child", "16-and-older", "2026-02-20");
        var dayOf = RightsFixtures.record(session, "inspection", "child", "16-and-older", "2026-02-20");
        var dayAfter = RightsFixtures.record(session, "inspection", "child", "16-and-older", "2026-02-20");

        var at22 = RightsFixtures.step(session, dayBefore, "look-up", Map.of("bsn", YOUNG_ADULT));
        clock.setDate(LocalDate.parse("2026-02-27"));
        session = loggedIn(MUNICIPAL_OFFICER);
        var at23 = RightsFixtures.step(session, dayOf, "look-up", Map.of("bsn", YOUNG_ADULT));
        clock.setDate(LocalDate.parse("2026-02-28"));
        session = loggedIn(MUNICIPAL_OFFICER);
        var after23 = RightsFixtures.step(session, dayAfter, "look-up", Map.of("bsn", YOUNG_ADULT));

        assertThat(at22.statusCode()).isEqualTo(302);
        assertThat(childStored(dayBefore)).isTrue();
        assertThat(at23.statusCode()).isEqualTo(422);
        assertThat(at23.body()).contains("Volgens de Basisregistratie Personen is de persoon 23 jaar of ouder.");
        assertThat(childStored(dayOf)).isFalse();
        assertThat(after23.statusCode()).isEqualTo(422);
        assertThat(after23.body()).contains("is de persoon 23 jaar of ouder");
        assertThat(childStored(dayAfter)).isFalse();
    }

    @Test
    void emptyBsnAsksForBsn() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-12-01");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", "  "));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Vul het BSN van het kind in: 9 cijfers.");
        assertThat(response.body()).doesNotContain("elfproef");
        assertThat(chain.after(before))
                .containsExactly(
                        entry(before + 1, "read", "success", id, null),
                        entry(before + 2, "search", "rejected", id, null));
    }

    /** Records an objection by a parent and child for {@link RightsFixtures#CHILD_13} and looks the child up. */
    private static UUID lookedUpObjection(nl.verwijsindex.testing.WebSession session) {
        var id = RightsFixtures.record(session, "objection", "parent-and-child", "12-to-15", "2026-12-01");
        RightsFixtures.step(session, id, "look-up", Map.of("bsn", CHILD_13));
        return id;
    }

    private java.net.http.HttpResponse<String> recordForm(nl.verwijsindex.testing.WebSession session, String date) {
        session.get(LIST + "/new");
        return session.post(
                LIST + "/new",
                Map.of("kind", "inspection", "requester", "parent", "statedAge", "under-12", "receivedOn", date));
    }

    /** Returns status, proposal and note of the request, joined by {@code |}, with an empty text for null. */
    private String proposalColumns(UUID request) {
        var row = jdbc.sql("select status, proposal, proposal_note from rights_requests where id = ?")
                .param(request)
                .query()
                .singleRow();
        return row.get("status") + "|" + (row.get("proposal") == null ? "" : row.get("proposal")) + "|"
                + (row.get("proposal_note") == null ? "" : row.get("proposal_note"));
    }

    private boolean childStored(UUID request) {
        return jdbc.sql("select child_pseudonym is not null from rights_requests where id = ?")
                .param(request)
                .query(Boolean.class)
                .single();
    }

    private String pseudonym(String bsn) {
        return HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(bsn)).value());
    }

    private AuditChain.Row entry(long sequence, String action, String outcome, UUID request, @Nullable String child) {
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                action,
                outcome,
                "account",
                officer.toString(),
                "municipal-officer",
                null,
                MUNICIPALITY,
                null,
                "127.0.0.1",
                "rights-request",
                request.toString(),
                child,
                child == null ? null : 1,
                "rights-request");
    }
}
