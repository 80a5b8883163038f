package nl.verwijsindex.registration;

import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit entries that reading, ending, extending, informing and transferring signals write. */
class SignalAuditIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    /** Noon in Amsterdam on the default day of the test clock. */
    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;
    TestApi api;
    UUID signal;
    long before;

    @BeforeEach
    void registerSignal() {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        signal = UUID.fromString(response.body().path("id").asString());
    }

    @Test
    void signalListIsOneReadOfProfessionalsList() {
        var session = teacher();

        assertThat(session.get("/signals").statusCode()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "success", "list-signals")
                        .byProfessional(accounts, TEACHER)
                        .about("signal-list", TEACHER.id())
                        .at(before + 1, NOW));
    }

    @Test
    void signalPageNamesSignalAndChild() {
        var session = teacher();

        assertThat(session.get("/signals/" + signal).statusCode()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(teacherEntry("read", "success", "read-signal").at(before + 1, NOW));
    }

    @Test
    void signalPageOfColleagueIsRejectedWithoutChild() {
        var session = loggedIn(HEADTEACHER);
        session.get("/home");
        before = chain.lastSequence();

        assertThat(session.get("/signals/" + signal).statusCode()).isEqualTo(404);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "rejected", "read-signal")
                        .byProfessional(accounts, HEADTEACHER)
                        .about("signal", signal)
                        .at(before + 1, NOW));
    }

    @Test
    void signalPageWithMalformedIdRecordsNothing() {
        var session = teacher();

        assertThat(session.get("/signals/not-an-id").statusCode()).isEqualTo(404);

        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void apiReadIsOnBehalfOfSignalsProfessional() {
        before = chain.lastSequence();

        assertThat(api.get(SCHOOL.apiToken(), "/api/v1/signals/" + signal).status())
                .isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(apiEntry("read", "success", "read-signal").at(before + 1, NOW));
    }

    @Test
    void apiReadOfUnknownSignalIsRejected() {
        before = chain.lastSequence();
        var unknown = UUID.randomUUID();

        assertThat(api.get(SCHOOL.apiToken(), "/api/v1/signals/" + unknown).status())
                .isEqualTo(404);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "rejected", "read-signal")
                        .byApiClient(schoolApiClient(), SCHOOL.id())
                        .about("signal", unknown)
                        .at(before + 1, NOW));
    }

    @Test
    void webEndingIsWriteWithChild() {
        var session = teacher();

        var response = session.post("/signals/" + signal + "/end", Map.of("reason", "risk-gone"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(teacherEntry("write", "success", "end-signal").at(before + 1, NOW));
    }

    @Test
    void webEndingWithoutReasonIsRejected() {
        var session = teacher();

        var response = session.post("/signals/" + signal + "/end", Map.of("reason", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(teacherEntry("write", "rejected", "end-signal").at(before + 1, NOW));
    }

    @Test
    void destroyConfirmationPageRecordsNothing() {
        var session = teacher();

        var response = session.post("/signals/" + signal + "/end", Map.of("reason", "unjustified"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void apiDestructionKeepsChildsPseudonym() {
        before = chain.lastSequence();

        assertThat(api.end(SCHOOL.apiToken(), signal, "unjustified").status()).isEqualTo(204);

        assertThat(chain.after(before))
                .containsExactly(apiEntry("write", "success", "end-signal").at(before + 1, NOW));
        assertThat(jdbc.sql("select count(*) from signals where id = ?")
                        .param(signal)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void apiEndingOfArchivedSignalIsRejected() {
        api.end(SCHOOL.apiToken(), signal, "risk-gone");
        before = chain.lastSequence();

        assertThat(api.end(SCHOOL.apiToken(), signal, "risk-gone").status()).isEqualTo(409);

        assertThat(chain.after(before))
                .containsExactly(apiEntry("write", "rejected", "end-signal").at(before + 1, NOW));
    }

    @Test
    void webExtensionIsWriteWithChild() {
        var session = teacher();

        var response = session.post("/signals/" + signal + "/extension", Map.of("endDate", "2028-12-01"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(
                        teacherEntry("write", "success", "extend-signal").at(before + 1, NOW));
    }

    @Test
    void apiExtensionIntoPastIsRejected() {
        before = chain.lastSequence();

        var response = api.post(
                SCHOOL.apiToken(), "/api/v1/signals/" + signal + "/extension", Map.of("endDate", "2026-12-03"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(apiEntry("write", "rejected", "extend-signal").at(before + 1, NOW));
    }

    @Test
    void webInformingIsWriteWithChild() {
        var session = teacher();

        var response = session.post(
                "/signals/" + signal + "/informing", Map.of("informedOn", "2026-12-04", "parents", "true"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(
                        teacherEntry("write", "success", "record-informing").at(before + 1, NOW));
    }

    @Test
    void webPostponementIsWriteWithChild() {
        var session = teacher();

        var response = session.post("/signals/" + signal + "/informing/postponement", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(
                        teacherEntry("write", "success", "postpone-informing").at(before + 1, NOW));
    }

    @Test
    void apiInformingIsOnBehalfOfSignalsProfessional() {
        before = chain.lastSequence();
        var body = new LinkedHashMap<String, Object>();
        body.put("status", "informed");
        body.put("informedOn", "2026-12-04");
        body.put("informedParties", List.of("parents"));

        var response = api.put(SCHOOL.apiToken(), "/api/v1/signals/" + signal + "/informing", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(chain.after(before))
                .containsExactly(
                        apiEntry("write", "success", "record-informing").at(before + 1, NOW));
    }

    @Test
    void organisationListIsOneReadOfOrganisation() {
        var session = loggedIn(SCHOOL_ADMINISTRATOR);
        before = chain.lastSequence();

        assertThat(session.get("/organisation/signals").statusCode()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "success", "list-organisation-signals")
                        .byAdministrator(accounts, SCHOOL_ADMINISTRATOR)
                        .about("signal-list", SCHOOL.id())
                        .at(before + 1, NOW));
    }

    @Test
    void transferFormAndTransferNameDepartingProfessional() {
        var session = loggedIn(SCHOOL_ADMINISTRATOR);
        session.get("/home");
        before = chain.lastSequence();

        var form = session.get("/organisation/professionals/" + TEACHER.id() + "/transfer");
        var transfer = session.post(
                "/organisation/professionals/" + TEACHER.id() + "/transfer",
                List.of(Map.entry("colleague", HEADTEACHER.id().toString()), Map.entry("signal", signal.toString())));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(transfer.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(
                        administratorEntry("read", "success", "read-transfer-signals")
                                .at(before + 1, NOW),
                        administratorEntry("write", "success", "transfer-signals")
                                .at(before + 2, NOW));
    }

    @Test
    void transferFormOfOtherOrganisationIsRejected() {
        var session = loggedIn(SCHOOL_ADMINISTRATOR);
        session.get("/home");
        before = chain.lastSequence();
        var foreign = TestRegion.OTHER_TOWN_TEACHER.id();

        var form = session.get("/organisation/professionals/" + foreign + "/transfer");

        assertThat(form.statusCode()).isEqualTo(404);
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "rejected", "read-transfer-signals")
                        .byAdministrator(accounts, SCHOOL_ADMINISTRATOR)
                        .about("signal-list", foreign)
                        .at(before + 1, NOW));
    }

    @Test
    void transferWithoutColleagueIsRejected() {
        var session = loggedIn(SCHOOL_ADMINISTRATOR);
        session.get("/organisation/professionals");
        before = chain.lastSequence();

        var transfer = session.post(
                "/organisation/professionals/" + TEACHER.id() + "/transfer",
                List.of(Map.entry("colleague", ""), Map.entry("signal", signal.toString())));

        assertThat(transfer.statusCode()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(administratorEntry("write", "rejected", "transfer-signals")
                        .at(before + 1, NOW));
    }

    /**
     * Logs the teacher in, reads the home page for a CSRF token, and marks the chain after the
     * login's own entry.
     */
    private WebSession teacher() {
        var session = loggedIn(TEACHER);
        session.get("/home");
        before = chain.lastSequence();
        return session;
    }

    private ExpectedEntry teacherEntry(String action, String outcome, String purpose) {
        return ExpectedEntry.of(action, outcome, purpose)
                .byProfessional(accounts, TEACHER)
                .about("signal", signal)
                .child(pseudonym(CHILD));
    }

    private ExpectedEntry apiEntry(String action, String outcome, String purpose) {
        return ExpectedEntry.of(action, outcome, purpose)
                .byApiClient(schoolApiClient(), SCHOOL.id())
                .onBehalfOf(TEACHER.id())
                .about("signal", signal)
                .child(pseudonym(CHILD));
    }

    private ExpectedEntry administratorEntry(String action, String outcome, String purpose) {
        return ExpectedEntry.of(action, outcome, purpose)
                .byAdministrator(accounts, SCHOOL_ADMINISTRATOR)
                .about("signal-list", TEACHER.id());
    }

    private UUID schoolApiClient() {
        return jdbc.sql("select id from api_clients where organisation_id = ?")
                .param(SCHOOL.id())
                .query(UUID.class)
                .single();
    }

    private String pseudonym(String bsn) {
        return HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(bsn)).value());
    }
}
