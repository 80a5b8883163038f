package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_13;
import static nl.verwijsindex.subjectrights.RightsFixtures.EMIGRATED_CHILD_14;
import static nl.verwijsindex.subjectrights.RightsFixtures.LIST;
import static nl.verwijsindex.subjectrights.RightsFixtures.NON_RESIDENT_CHILD_16;
import static nl.verwijsindex.subjectrights.RightsFixtures.ROTTERDAM_CHILD_14;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a request takes from the officer's municipality: its deadline, set on the municipality's
 * settings page, and which children the officer may look up, by where the population register
 * records that the child lives.
 */
class RequestMunicipalityIntegrationTests extends IntegrationTest {

    private static final String OTHER_MUNICIPALITY_MESSAGE =
            "Het kind woont volgens de Basisregistratie Personen in een andere gemeente.";
    private static final String ABROAD_MESSAGE =
            "Het kind woont volgens de Basisregistratie Personen niet in een Nederlandse gemeente";

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;

    @BeforeEach
    void prepare() {
        chain = new AuditChain(jdbc, context);
    }

    @Test
    void deadlineFollowsMunicipalityOf14Days() {
        setRightsRequestDays(MUNICIPALITY, 14);
        var session = loggedIn(MUNICIPAL_OFFICER);

        var form = session.get(LIST + "/new").body();
        var id = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-12-01");

        assertThat(form).contains("De termijn is 14 dagen na de dag van ontvangst");
        assertThat(deadline(id)).isEqualTo(LocalDate.parse("2026-12-15"));
    }

    @Test
    void deadlineFollowsMunicipalityOf28Days() {
        setRightsRequestDays(MUNICIPALITY, 14);
        var session = loggedIn(OTHER_MUNICIPAL_OFFICER);

        var form = session.get(LIST + "/new").body();
        var id = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-12-01");

        assertThat(form).contains("The deadline is 28 days after the day received");
        assertThat(deadline(id)).isEqualTo(LocalDate.parse("2026-12-29"));
    }

    @Test
    void deadlineOf14DaysIsFlaggedAroundItsDay() {
        setRightsRequestDays(MUNICIPALITY, 14);
        var session = loggedIn(MUNICIPAL_OFFICER);
        // Deadlines 5 December (tomorrow), 4 December (today) and 3 December (yesterday).
        var tomorrow = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-11-21");
        var today = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-11-20");
        var yesterday = RightsFixtures.record(session, "inspection", "parent", "under-12", "2026-11-19");

        var page = session.get(LIST).body();

        assertThat(deadline(tomorrow)).isEqualTo(LocalDate.parse("2026-12-05"));
        assertThat(deadline(today)).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(deadline(yesterday)).isEqualTo(LocalDate.parse("2026-12-03"));
        assertThat(row(page, yesterday)).contains("Termijn verstreken");
        assertThat(row(page, today)).contains("Termijn loopt bijna af");
        assertThat(row(page, today)).doesNotContain("Termijn verstreken");
        assertThat(row(page, tomorrow)).contains("Termijn loopt bijna af");
        assertThat(row(page, tomorrow)).doesNotContain("Termijn verstreken");
    }

    @Test
    void lookUpRejectsChildOfMunicipalityWithoutIndex() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", ROTTERDAM_CHILD_14));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains(OTHER_MUNICIPALITY_MESSAGE);
        assertThat(response.body()).contains("Stuur het verzoek door naar de gemeente waar het kind woont.");
        assertThat(response.body()).doesNotContain(ROTTERDAM_CHILD_14);
        assertNothingStored(id);
        assertThat(chain.after(before))
                .containsExactly(
                        readEntry(before + 1, MUNICIPAL_OFFICER, MUNICIPALITY, id),
                        searchEntry(before + 2, MUNICIPAL_OFFICER, MUNICIPALITY, id, ROTTERDAM_CHILD_14));
    }

    @Test
    void lookUpRejectsOtherMunicipalityChild() {
        var session = loggedIn(OTHER_MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", CHILD_13));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("According to the population register the child lives in another municipality.");
        assertThat(response.body()).contains("Forward the request to the municipality where the child lives.");
        assertNothingStored(id);
        assertThat(chain.after(before))
                .containsExactly(
                        readEntry(before + 1, OTHER_MUNICIPAL_OFFICER, OTHER_MUNICIPALITY, id),
                        searchEntry(before + 2, OTHER_MUNICIPAL_OFFICER, OTHER_MUNICIPALITY, id, CHILD_13));
    }

    @Test
    void lookUpFindsChildOfOwnMunicipality() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", CHILD_13));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(storedChild(id)).isEqualTo(pseudonym(CHILD_13));
    }

    @Test
    void emigratedChildBelongsToMunicipalityOfSignal() {
        insertSignal(EMIGRATED_CHILD_14);
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", EMIGRATED_CHILD_14));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(storedChild(id)).isEqualTo(pseudonym(EMIGRATED_CHILD_14));
    }

    @Test
    void emigratedChildIsRejectedByMunicipalityWithoutSignal() {
        insertSignal(EMIGRATED_CHILD_14);
        var session = loggedIn(OTHER_MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", EMIGRATED_CHILD_14));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("According to the population register the child does not live in a Dutch municipality");
        assertThat(response.body()).contains("Forward the request to the municipality where the child last lived.");
        assertNothingStored(id);
        assertThat(chain.after(before))
                .containsExactly(
                        readEntry(before + 1, OTHER_MUNICIPAL_OFFICER, OTHER_MUNICIPALITY, id),
                        searchEntry(before + 2, OTHER_MUNICIPAL_OFFICER, OTHER_MUNICIPALITY, id, EMIGRATED_CHILD_14));
    }

    @Test
    void nonResidentWithoutSignalIsRejected() {
        var session = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(session, "inspection", "child", "16-and-older", "2026-12-01");
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = RightsFixtures.step(session, id, "look-up", Map.of("bsn", NON_RESIDENT_CHILD_16));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains(ABROAD_MESSAGE);
        assertNothingStored(id);
        assertThat(chain.after(before))
                .containsExactly(
                        readEntry(before + 1, MUNICIPAL_OFFICER, MUNICIPALITY, id),
                        searchEntry(before + 2, MUNICIPAL_OFFICER, MUNICIPALITY, id, NON_RESIDENT_CHILD_16));
    }

    private void setRightsRequestDays(UUID municipality, int days) {
        jdbc.sql("update municipalities set rights_request_days = ? where id = ?")
                .params(days, municipality)
                .update();
    }

    private LocalDate deadline(UUID request) {
        return jdbc.sql("select deadline from rights_requests where id = ?")
                .param(request)
                .query(LocalDate.class)
                .single();
    }

    /** Returns the list row of the request, from its opening tag to the end of the row. */
    private static String row(String page, UUID request) {
        var link = page.indexOf(request.toString());
        var start = page.lastIndexOf("<tr", link);
        return page.substring(start, page.indexOf("</tr>", link));
    }

    private void assertNothingStored(UUID request) {
        var row = jdbc.sql("select child_pseudonym, bsn_ciphertext, register_age, status from rights_requests"
                        + " where id = ?")
                .param(request)
                .query()
                .singleRow();
        assertThat(row.get("child_pseudonym")).isNull();
        assertThat(row.get("bsn_ciphertext")).isNull();
        assertThat(row.get("register_age")).isNull();
        assertThat(row.get("status")).isEqualTo("open");
    }

    private String storedChild(UUID request) {
        var pseudonym = jdbc.sql("select child_pseudonym from rights_requests where id = ?")
                .param(request)
                .query(byte[].class)
                .single();
        return HexFormat.of().formatHex(pseudonym);
    }

    /**
     * Stores an active signal of the school's teacher on the child, written straight into the table,
     * because the index no longer registers a child who lives abroad.
     */
    private void insertSignal(String bsn) {
        var child = pseudonymisation.pseudonymise(Bsn.of(bsn));
        var encrypted = pseudonymisation.encrypt(Bsn.of(bsn));
        jdbc.sql("""
                        insert into signals (id, child_pseudonym, parent_pseudonyms, pseudonym_key_version,
                               bsn_ciphertext, encryption_key_version, professional_id, organisation_id,
                               registered_on, end_date, status, created_at)
                        values (?, ?, '{}', ?, ?, ?, ?, ?, date '2026-06-01', date '2027-06-01', 'active', ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        child.value(),
                        child.keyVersion(),
                        encrypted.ciphertext(),
                        encrypted.keyVersion(),
                        TEACHER.id(),
                        SCHOOL.id(),
                        Timestamp.valueOf("2026-06-01 09:00:00"))
                .update();
    }

    private String pseudonym(String bsn) {
        return HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(bsn)).value());
    }

    private AuditChain.Row readEntry(long sequence, TestRegion.Administrator officer, UUID municipality, UUID request) {
        var account = accounts.of(officer).accountId();
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                "read",
                "success",
                "account",
                account.toString(),
                "municipal-officer",
                null,
                municipality,
                null,
                "127.0.0.1",
                "rights-request",
                request.toString(),
                null,
                null,
                "rights-request");
    }

    private AuditChain.Row searchEntry(
            long sequence, TestRegion.Administrator officer, UUID municipality, UUID request, String bsn) {
        var account = accounts.of(officer).accountId();
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                "search",
                "rejected",
                "account",
                account.toString(),
                "municipal-officer",
                null,
                municipality,
                null,
                "127.0.0.1",
                "rights-request",
                request.toString(),
                pseudonym(bsn),
                1,
                "rights-request");
    }
}
