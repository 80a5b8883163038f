package nl.verwijsindex.organisations;

import static nl.verwijsindex.organisations.MunicipalityPagesIntegrationTests.connectForm;
import static nl.verwijsindex.organisations.MunicipalityPagesIntegrationTests.settingsForm;
import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every form that takes an email address rejects one that the mail sender cannot use, such as an
 * address with a dot at the end of its domain, so no account is created whose invitation fails.
 */
class EmailAddressFormsIntegrationTests extends IntegrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rik.vandam@school.test.", "Rik <rik.vandam@school.test>", "rik.vandam@[192.0.2.1]"})
    void designationRejectsAddress(String email) {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");
        var form = new LinkedHashMap<String, String>();
        form.put("name", "Rik van Dam");
        form.put("email", email);
        form.put("phone", "");
        form.put("language", "nl");

        var response = administrator.post("/organisation/professionals", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("href=\"#email\">Het e-mailadres " + escaped(email)
                        + " is ongeldig. Vul een adres in zoals naam@organisatie.nl.");
        assertThat(rows("select count(*) from professionals where email like 'rik.vandam@%'"))
                .isZero();
        assertThat(rows("select count(*) from accounts where email like '%rik.vandam@%'"))
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rosa@nieuwbegin.test.", "rosa@nieuwbegin..test"})
    void connectRejectsInviteeAddress(String email) {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get("/municipality/0363/organisations/new");

        var response = officer.post("/municipality/0363/organisations/new", connectForm("Stichting Punt", email));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("href=\"#invitee-email\">Het e-mailadres " + email
                        + " is ongeldig. Vul één adres in zoals naam@organisatie.nl, zonder spaties, zonder naam"
                        + " ervoor en zonder punt aan het eind.");
        assertThat(rows("select count(*) from organisations where name = 'Stichting Punt'"))
                .isZero();
        assertThat(rows("select count(*) from accounts where email like 'rosa@%'"))
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sam@testdorp.test.", "sam@testdorp"})
    void newMunicipalityRejectsOfficerAddress(String email) {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new?lang=en");
        var form = new LinkedHashMap<String, String>();
        form.put("code", "1930");
        form.put("name", "Puntdorp");
        form.put("inviteeName", "Sam Gemeente");
        form.put("inviteeEmail", email);
        form.put("inviteeLanguage", "nl");

        var response = administrator.post("/administration/municipalities/new", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("href=\"#invitee-email\">The email address " + email
                        + " is invalid. Enter one address such as name@organisation.nl, without spaces, without a"
                        + " name in front and without a dot at the end.");
        assertThat(rows("select count(*) from municipalities where code = '1930'"))
                .isZero();
        assertThat(rows("select count(*) from accounts where email like 'sam@%'"))
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"regie@amsterdam.test.", "regie@amsterdam.test, ander@amsterdam.test"})
    void settingsRejectCoordinatorAddress(String email) {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get("/municipality/0363/settings");

        var response = officer.post("/municipality/0363/settings", settingsForm(email, "28", "14"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("href=\"#coordinator-email\">Het e-mailadres " + email
                        + " van de regievoerder is ongeldig. Vul één adres in zoals regie@gemeente.nl, zonder spaties"
                        + " en zonder punt aan het eind, of laat het veld leeg.");
        assertThat(rows("select count(*) from municipalities where code = '0363' and coordinator_email is not null"))
                .isZero();
    }

    /** Returns the text as Thymeleaf writes it into the page. */
    private static String escaped(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }

    private long rows(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
