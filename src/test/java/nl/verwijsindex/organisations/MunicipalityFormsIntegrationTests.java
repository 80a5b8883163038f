package nl.verwijsindex.organisations;

import static nl.verwijsindex.organisations.MunicipalityPagesIntegrationTests.connectForm;
import static nl.verwijsindex.organisations.MunicipalityPagesIntegrationTests.settingsForm;
import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Connecting an organisation and changing the settings of a municipality, with the errors of each form. */
class MunicipalityFormsIntegrationTests extends IntegrationTest {

    private static final String OWN = "/municipality/0363";

    @Test
    void connectsOrganisation() throws Exception {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(OWN + "/organisations/new");
        var form = connectForm("Stichting Nieuw Begin", "rosa@nieuwbegin.test");
        form.put("signalOnly", "true");

        var response = officer.post(OWN + "/organisations/new", form);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo(OWN);
        var row = jdbc.sql("""
                        select municipality_id, kind, default_signal_months, signal_only, connected
                          from organisations where name = 'Stichting Nieuw Begin'
                        """)
                .query((rs, number) -> Map.of(
                        "municipality", rs.getObject(1).toString(),
                        "kind", rs.getString(2),
                        "months", rs.getInt(3),
                        "signalOnly", rs.getBoolean(4),
                        "connected", rs.getBoolean(5)))
                .single();
        assertThat(row.get("municipality")).isEqualTo(MUNICIPALITY.toString());
        assertThat(row.get("kind")).isEqualTo("youth-care");
        assertThat(row.get("months")).isEqualTo(18);
        assertThat(row.get("signalOnly")).isEqualTo(true);
        assertThat(row.get("connected")).isEqualTo(true);
        var invited = jdbc.sql("""
                        select a.role || '|' || a.name || '|' || a.language || '|' || o.name
                          from accounts a join organisations o on o.id = a.organisation_id
                         where a.email = 'rosa@nieuwbegin.test'
                        """).query(String.class).single();
        assertThat(invited).isEqualTo("organisation-administrator|Rosa Beheer|nl|Stichting Nieuw Begin");
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo("rosa@nieuwbegin.test");
        var overview = officer.get(OWN).body();
        assertThat(overview).contains("Stichting Nieuw Begin is aangesloten.");
        assertThat(overview).contains("Stichting Nieuw Begin", "(alleen melden)");
    }

    @Test
    void connectFormShowsEveryError() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(OWN + "/organisations/new");
        var form = connectForm("", "geen-adres");
        form.put("kind", "school");
        form.put("defaultSignalMonths", "25");
        form.put("inviteeName", " ");
        form.put("inviteeLanguage", "de");

        var response = officer.post(OWN + "/organisations/new", form);

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body).contains("<title>Fout: organisatie aansluiten - Verwijsindex</title>");
        assertThat(body).contains("href=\"#name\">Vul een naam in van 1 tot 200 tekens");
        assertThat(body).contains("href=\"#kind\">Kies de soort organisatie.");
        assertThat(body)
                .contains("href=\"#default-signal-months\">Standaardduur van een melding in maanden: 25 valt buiten het"
                        + " bereik. Vul een heel getal in van 1 tot en met 24.");
        assertThat(body).contains("href=\"#invitee-name\">Vul de naam in van de persoon die u uitnodigt");
        assertThat(body).contains("href=\"#invitee-email\">Het e-mailadres geen-adres is ongeldig.");
        assertThat(body).contains("href=\"#invitee-language\">Kies Nederlands of English als taal.");
        assertThat(body).contains("value=\"geen-adres\"", "value=\"25\"");
        assertThat(organisationCount()).isEqualTo(5);
    }

    @Test
    void connectRejectsTakenNameAndEmail() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        accounts.of(TEACHER);
        officer.get(OWN + "/organisations/new");

        var response =
                officer.post(OWN + "/organisations/new", connectForm("Jeugdhulp Zuid", "ANNA.DEVRIES@school.test"));

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body).contains("Bij deze gemeente is al een organisatie met deze naam aangesloten.");
        assertThat(body).contains("Er bestaat al een account met dit e-mailadres.");
        assertThat(organisationCount()).isEqualTo(5);
    }

    @Test
    void settingsShowDefaults() {
        var officer = loggedIn(MUNICIPAL_OFFICER);

        var body = officer.get(OWN + "/settings").body().replaceAll("\\s+", " ");

        assertThat(body).contains("Instellingen van gemeente Amsterdam");
        assertThat(body).contains("name=\"coordinatorEmail\" type=\"email\" value=\"\"");
        assertThat(body).contains("name=\"rightsRequestDays\" type=\"text\" value=\"28\"");
        assertThat(body).contains("name=\"matchContactDays\" type=\"text\" value=\"14\"");
    }

    @Test
    void savesSettings() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(OWN + "/settings");

        var response = officer.post(OWN + "/settings", settingsForm(" regie@amsterdam.test ", "90", "1"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo(OWN + "/settings");
        assertThat(settings()).isEqualTo("regie@amsterdam.test|90|1");
        assertThat(officer.get(OWN + "/settings").body()).contains("De instellingen zijn opgeslagen.");

        officer.post(OWN + "/settings", settingsForm("", "28", "365"));

        assertThat(settings()).isEqualTo("null|28|365");
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource({
        "regie@,            28,  14,  coordinator-email,   Het e-mailadres regie@ van de regievoerder is ongeldig.",
        "regie@amsterdam.nl, 0,  14,  rights-request-days, 'Termijn voor verzoeken van ouders en jongeren, in dagen: 0 valt buiten het bereik. Vul een heel getal in van 1 tot en met 90.'",
        "regie@amsterdam.nl, 91, 14,  rights-request-days, 'Termijn voor verzoeken van ouders en jongeren, in dagen: 91 valt buiten het bereik. Vul een heel getal in van 1 tot en met 90.'",
        "regie@amsterdam.nl, 4 weken, 14, rights-request-days, 'Termijn voor verzoeken van ouders en jongeren, in dagen: 4 weken is geen heel getal. Vul een heel getal in van 1 tot en met 90.'",
        "regie@amsterdam.nl, '', 14, rights-request-days, 'Termijn voor verzoeken van ouders en jongeren, in dagen: vul een heel getal in van 1 tot en met 90.'",
        "regie@amsterdam.nl, 28, 366, match-contact-days,  Match zonder vastgelegd contact markeren na dit aantal dagen: 366 valt buiten het bereik. Vul een heel getal in van 1 tot en met 365.",
        "regie@amsterdam.nl, 28, -1,  match-contact-days,  Match zonder vastgelegd contact markeren na dit aantal dagen: -1 valt buiten het bereik. Vul een heel getal in van 1 tot en met 365.",
    })
    void rejectsInvalidSettings(
            String email, String rightsRequestDays, String matchContactDays, String field, String message) {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(OWN + "/settings");

        var response = officer.post(OWN + "/settings", settingsForm(email, rightsRequestDays, matchContactDays));

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body).contains("href=\"#" + field + "\">" + message);
        assertThat(body).contains("id=\"" + field + "-error\"");
        assertThat(body).contains("aria-describedby=\"" + field + "-description " + field + "-error\"");
        assertThat(settings()).isEqualTo("null|28|14");
    }

    @Test
    void functionalAdministratorChangesSettingsInEnglish() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get(OWN + "/settings?lang=en");

        var invalid = administrator.post(OWN + "/settings", settingsForm("x", "28", "14"));
        var valid = administrator.post(OWN + "/settings", settingsForm("regie@amsterdam.test", "30", "21"));

        assertThat(invalid.body()).contains("The coordinator&#39;s email address x is invalid.");
        assertThat(valid.statusCode()).isEqualTo(302);
        assertThat(settings()).isEqualTo("regie@amsterdam.test|30|21");
    }

    private String settings() {
        return jdbc.sql("""
                        select coordinator_email || '' as email, rights_request_days, match_contact_days
                          from municipalities where id = ?
                        """)
                .param(MUNICIPALITY)
                .query((rs, row) -> rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getInt(3))
                .single();
    }

    private long organisationCount() {
        return jdbc.sql("select count(*) from organisations where municipality_id = ?")
                .param(MUNICIPALITY)
                .query(Long.class)
                .single();
    }
}
