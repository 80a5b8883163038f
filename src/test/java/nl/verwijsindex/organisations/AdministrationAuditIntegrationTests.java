package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The audit entries of the organisation and municipality administration pages. Changes that would
 * outlive the test are sent invalid, or undone in the same test, because the region's organisations
 * stay from test to test.
 */
class AdministrationAuditIntegrationTests extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    ApplicationContext context;

    AuditChain chain;
    long before;

    @BeforeEach
    void readChain() {
        chain = new AuditChain(jdbc, context);
    }

    @Test
    void organisationOverviewIsReadOfOrganisation() {
        var session = marked(SCHOOL_ADMINISTRATOR);

        assertThat(session.get("/organisation").statusCode()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(
                        schoolEntry("read", "success", "read-organisation", "organisation", SCHOOL.id(), before + 1));
    }

    @Test
    void invalidOrganisationSettingsAreRejected() {
        var session = marked(SCHOOL_ADMINISTRATOR);

        var response = session.post("/organisation/settings", Map.of("kind", "", "defaultSignalMonths", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(schoolEntry(
                        "write", "rejected", "change-organisation-settings", "organisation", SCHOOL.id(), before + 1));
    }

    @Test
    void professionalListIsOneReadOfOrganisation() {
        var session = marked(SCHOOL_ADMINISTRATOR);

        assertThat(session.get("/organisation/professionals").statusCode()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(schoolEntry(
                        "read", "success", "list-professionals", "professional-list", SCHOOL.id(), before + 1));
    }

    @Test
    void deactivationAndReactivationNameProfessional() {
        var session = marked(SCHOOL_ADMINISTRATOR);

        var deactivated = session.post("/organisation/professionals/" + HEADTEACHER.id() + "/deactivate", Map.of());
        var reactivated = session.post("/organisation/professionals/" + HEADTEACHER.id() + "/reactivate", Map.of());

        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(reactivated.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(
                        schoolEntry(
                                "write",
                                "success",
                                "deactivate-professional",
                                "professional",
                                HEADTEACHER.id(),
                                before + 1),
                        schoolEntry(
                                "write",
                                "success",
                                "reactivate-professional",
                                "professional",
                                HEADTEACHER.id(),
                                before + 2));
    }

    @Test
    void deactivatingProfessionalOfOtherOrganisationIsRejected() {
        var session = marked(SCHOOL_ADMINISTRATOR);

        var response = session.post("/organisation/professionals/" + OTHER_TOWN_TEACHER.id() + "/deactivate", Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(chain.after(before))
                .containsExactly(schoolEntry(
                        "write",
                        "rejected",
                        "deactivate-professional",
                        "professional",
                        OTHER_TOWN_TEACHER.id(),
                        before + 1));
    }

    @Test
    void apiClientListAndRejectedCreationNameOrganisation() {
        var session = marked(SCHOOL_ADMINISTRATOR);

        session.get("/organisation/api-clients");
        var created = session.post("/organisation/api-clients", Map.of("name", ""));

        assertThat(created.statusCode()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(
                        schoolEntry("read", "success", "list-api-clients", "api-client-list", SCHOOL.id(), before + 1),
                        ExpectedEntry.of("write", "rejected", "create-api-client")
                                .byAdministrator(accounts, SCHOOL_ADMINISTRATOR)
                                .at(before + 2, NOW));
    }

    @Test
    void municipalityPageIsReadOfMunicipality() {
        var session = marked(MUNICIPAL_OFFICER);

        assertThat(session.get("/municipality/0363").statusCode()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(officerEntry("read", "success", "read-municipality", "municipality", MUNICIPALITY)
                        .at(before + 1, NOW));
    }

    @Test
    void suspendAndResumeNameOrganisation() {
        var session = marked(MUNICIPAL_OFFICER);
        var path = "/municipality/0363/organisations/" + YOUTH_HEALTH.id();

        var suspended = session.post(path + "/suspend", Map.of());
        var resumed = session.post(path + "/resume", Map.of());

        assertThat(suspended.statusCode()).isEqualTo(302);
        assertThat(resumed.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(
                        officerEntry("write", "success", "suspend-organisation", "organisation", YOUTH_HEALTH.id())
                                .at(before + 1, NOW),
                        officerEntry("write", "success", "resume-organisation", "organisation", YOUTH_HEALTH.id())
                                .at(before + 2, NOW));
    }

    @Test
    void coordinatorPriorityReadAndRejectedSave() {
        var session = marked(MUNICIPAL_OFFICER);

        session.get("/municipality/0363/coordinator-priority");
        var saved = session.post("/municipality/0363/coordinator-priority", Map.of("kinds", "none"));

        assertThat(saved.statusCode()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(
                        officerEntry(
                                        "read",
                                        "success",
                                        "read-coordinator-priority",
                                        "coordinator-priority",
                                        MUNICIPALITY)
                                .at(before + 1, NOW),
                        officerEntry(
                                        "write",
                                        "rejected",
                                        "set-coordinator-priority",
                                        "coordinator-priority",
                                        MUNICIPALITY)
                                .at(before + 2, NOW));
    }

    @Test
    void foreignMunicipalityIsRejectedWithoutObject() {
        var session = marked(MUNICIPAL_OFFICER);

        assertThat(session.get("/municipality/0479").statusCode()).isEqualTo(404);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "rejected", "read-municipality")
                        .byAdministrator(accounts, MUNICIPAL_OFFICER)
                        .at(before + 1, NOW));
    }

    @Test
    void foreignCoordinatorPriorityNamesMunicipality() {
        var session = marked(MUNICIPAL_OFFICER);

        assertThat(session.get("/municipality/0479/coordinator-priority").statusCode())
                .isEqualTo(404);

        assertThat(chain.after(before))
                .containsExactly(officerEntry(
                                "read",
                                "rejected",
                                "read-coordinator-priority",
                                "coordinator-priority",
                                TestRegion.OTHER_MUNICIPALITY)
                        .at(before + 1, NOW));
    }

    @Test
    void unknownApiClientIsRejected() {
        var session = marked(SCHOOL_ADMINISTRATOR);
        var unknown = UUID.randomUUID();

        var response = session.get("/organisation/api-clients/" + unknown + "/rotate");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(chain.after(before))
                .containsExactly(schoolEntry("read", "rejected", "read-api-client", "api-client", unknown, before + 1));
    }

    @Test
    void municipalityListNamesNoObject() {
        var session = marked(FUNCTIONAL_ADMINISTRATOR);

        assertThat(session.get("/administration").statusCode()).isEqualTo(200);

        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("read", "success", "list-municipalities")
                        .byAdministrator(accounts, FUNCTIONAL_ADMINISTRATOR)
                        .at(before + 1, NOW));
    }

    /** Logs in, reads the home page for a CSRF token, and marks the chain after the login's entry. */
    private WebSession marked(TestRegion.Administrator administrator) {
        var session = loggedIn(administrator);
        session.get("/home");
        before = chain.lastSequence();
        return session;
    }

    private AuditChain.Row schoolEntry(
            String action, String outcome, String purpose, String objectType, Object objectId, long sequence) {
        return ExpectedEntry.of(action, outcome, purpose)
                .byAdministrator(accounts, SCHOOL_ADMINISTRATOR)
                .about(objectType, objectId)
                .at(sequence, NOW);
    }

    private ExpectedEntry officerEntry(
            String action, String outcome, String purpose, String objectType, Object objectId) {
        return ExpectedEntry.of(action, outcome, purpose)
                .byAdministrator(accounts, MUNICIPAL_OFFICER)
                .about(objectType, objectId);
    }
}
