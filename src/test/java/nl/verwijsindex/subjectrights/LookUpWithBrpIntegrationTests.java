package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_13;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.population.BrpStub.Scripted;
import nl.verwijsindex.testing.BrpIntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The look-up of a child while the BRP Personen API rejects the index's request or cannot be reached. */
class LookUpWithBrpIntegrationTests extends BrpIntegrationTest {

    /** The officer's enrolment, created once for this context's database. */
    private static Enrolment enrolment;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    AuditChain chain;
    WebSession session;
    UUID request;

    @BeforeEach
    void recordRequest() {
        if (enrolment == null) {
            enrolment = accounts.create(
                    NewAccount.municipalOfficer(
                            MUNICIPAL_OFFICER.email(),
                            MUNICIPAL_OFFICER.name(),
                            Locale.forLanguageTag("nl"),
                            MUNICIPALITY),
                    TestAccounts.PASSWORD);
        }
        chain = new AuditChain(jdbc, context);
        session = new WebSession(port);
        session.logIn(
                MUNICIPAL_OFFICER.email(),
                TestAccounts.PASSWORD,
                TestAccounts.totpCode(enrolment.totpSecret(), clock.instant()));
        request = RightsFixtures.record(session, "inspection", "parent-and-child", "12-to-15", "2026-12-01");
    }

    @Test
    void refusedCredentialsAnswer503WithMessage() {
        brp.enqueue(Scripted.problem(401, "Niet correct geauthenticeerd.", "authentication"));
        session.get(RightsFixtures.LIST + "/" + request);
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var response = session.post(RightsFixtures.LIST + "/" + request + "/look-up", Map.of("bsn", CHILD_13));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
        assertThat(response.body())
                .contains("De Basisregistratie Personen heeft het verzoek van de verwijsindex geweigerd. Er is"
                        + " niets opgeslagen. Meld dit aan de functioneel beheerder");
        assertThat(response.body()).doesNotContain(CHILD_13);
        assertThat(childStored()).isFalse();
        assertThat(chain.after(before)).containsExactly(failedSearch(before + 1));
    }

    @Test
    void forbiddenAnswer503() {
        brp.enqueue(Scripted.problem(403, "U bent niet geautoriseerd voor deze vraag.", "unauthorized"));

        var response = RightsFixtures.step(session, request, "look-up", Map.of("bsn", CHILD_13));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("heeft het verzoek van de verwijsindex geweigerd");
        assertThat(childStored()).isFalse();
    }

    @Test
    void unreachableRegisterAnswers503WithRetryAfter() {
        session.get(RightsFixtures.LIST + "/" + request);
        awaitQueuedEmails();
        var before = chain.lastSequence();

        brp.down();
        HttpResponse<String> response;
        try {
            response = session.post(RightsFixtures.LIST + "/" + request + "/look-up", Map.of("bsn", CHILD_13));
        } finally {
            brp.up();
        }

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("30");
        assertThat(response.body())
                .contains("De Basisregistratie Personen is niet bereikbaar. Er is niets opgeslagen.");
        assertThat(childStored()).isFalse();
        assertThat(chain.after(before)).containsExactly(failedSearch(before + 1));
    }

    private boolean childStored() {
        return jdbc.sql("select child_pseudonym is not null from rights_requests where id = ?")
                .param(request)
                .query(Boolean.class)
                .single();
    }

    private AuditChain.Row failedSearch(long sequence) {
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                "search",
                "failed",
                "account",
                enrolment.accountId().toString(),
                "municipal-officer",
                null,
                MUNICIPALITY,
                null,
                "127.0.0.1",
                "rights-request",
                request.toString(),
                null,
                null,
                "rights-request");
    }
}
