package nl.verwijsindex.organisations.municipality;

/**
 * The form that adds a municipality, with its first municipal officer, who is invited.
 *
 * @param code the municipality code of BRP table 33 (Gemeentetabel): four digits, 0001 to 9999
 */
record NewMunicipalityForm(String code, String name, String inviteeName, String inviteeEmail, String inviteeLanguage) {

    NewMunicipalityForm {
        code = FormRules.trimmed(code);
        name = FormRules.trimmed(name);
    }

    static NewMunicipalityForm empty() {
        return new NewMunicipalityForm("", "", "", "", "nl");
    }

    Invitee invitee() {
        return new Invitee(inviteeName, inviteeEmail, inviteeLanguage);
    }

    FormErrors validate() {
        var errors = new FormErrors();
        if (!code.matches("[0-9]{4}") || code.equals("0000")) {
            errors.add("code", "code-invalid");
        }
        if (!FormRules.isName(name)) {
            errors.add("municipality-name", "name-invalid");
        }
        invitee().validate(errors);
        return errors;
    }
}
