package nl.verwijsindex.organisations.municipality;

import static nl.verwijsindex.organisations.municipality.MunicipalitySettings.MAXIMUM_MATCH_CONTACT_DAYS;
import static nl.verwijsindex.organisations.municipality.MunicipalitySettings.MAXIMUM_RIGHTS_REQUEST_DAYS;

import nl.verwijsindex.organisations.EmailAddresses;

/** The municipality settings form, with the values as typed. An empty coordinator address removes it. */
record SettingsForm(String coordinatorEmail, String rightsRequestDays, String matchContactDays) {

    SettingsForm {
        coordinatorEmail = FormRules.trimmed(coordinatorEmail);
        rightsRequestDays = FormRules.trimmed(rightsRequestDays);
        matchContactDays = FormRules.trimmed(matchContactDays);
    }

    static SettingsForm of(MunicipalitySettings settings) {
        return new SettingsForm(
                settings.coordinatorEmail() == null ? "" : settings.coordinatorEmail(),
                String.valueOf(settings.rightsRequestDays()),
                String.valueOf(settings.matchContactDays()));
    }

    FormErrors validate() {
        var errors = new FormErrors();
        if (!coordinatorEmail.isEmpty() && !EmailAddresses.isValid(coordinatorEmail)) {
            errors.add("coordinator-email", "coordinator-email-rejected", coordinatorEmail);
        }
        FormRules.checkNumberBetween(errors, "rights-request-days", rightsRequestDays, 1, MAXIMUM_RIGHTS_REQUEST_DAYS);
        FormRules.checkNumberBetween(errors, "match-contact-days", matchContactDays, 1, MAXIMUM_MATCH_CONTACT_DAYS);
        return errors;
    }

    /** Returns the settings; call only when {@link #validate} found no error. */
    MunicipalitySettings settings() {
        return new MunicipalitySettings(
                coordinatorEmail.isEmpty() ? null : coordinatorEmail,
                Integer.parseInt(rightsRequestDays),
                Integer.parseInt(matchContactDays));
    }
}
