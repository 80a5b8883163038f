package nl.verwijsindex.organisations.municipality;

import nl.verwijsindex.bsn.Bsn;

/**
 * The form that adds a municipality, with its first municipal officer, who is invited.
 *
 * @param code the municipality code of BRP table 33 (Gemeentetabel): four digits, 0001 to 1998
 */
record NewMunicipalityForm(String code, String name, String inviteeName, String inviteeEmail, String inviteeLanguage) {

    NewMunicipalityForm {
        code = FormRules.trimmed(code);
        name = FormRules.trimmed(name);
    }

    static NewMunicipalityForm empty() {
        return new NewMunicipalityForm("", "", "", "", "nl");
    }

    /**
     * Checks the range of municipality codes in BRP table 33: 0001 to 1998. Code 1999 is the
     * register of non-residents (Registratie Niet-ingezetenen), and 0000 and 2000 to 9999 name no
     * municipality.
     */
    static boolean isMunicipalityCode(String code) {
        var number = Integer.parseInt(code);
        return number >= 1 && number <= 1998;
    }

    /** Returns the form to show again, with every name that looks like a BSN emptied, so that the page never repeats it. */
    NewMunicipalityForm withoutBsns() {
        var invitee = invitee().withoutBsn();
        return new NewMunicipalityForm(
                code, Bsn.appearsIn(name) ? "" : name, invitee.name(), inviteeEmail, inviteeLanguage);
    }

    Invitee invitee() {
        return new Invitee(inviteeName, inviteeEmail, inviteeLanguage);
    }

    FormErrors validate() {
        var errors = new FormErrors();
        if (code.isEmpty()) {
            errors.add("code", "code-missing");
        } else if (!code.matches("[0-9]{4}")) {
            errors.add("code", "code-not-four-digits", code);
        } else if (!isMunicipalityCode(code)) {
            errors.add("code", "code-no-municipality", code);
        }
        if (!FormRules.isName(name)) {
            errors.add("municipality-name", "name-invalid");
        } else if (Bsn.appearsIn(name)) {
            errors.add("municipality-name", "name-bsn");
        }
        invitee().validate(errors);
        return errors;
    }
}
