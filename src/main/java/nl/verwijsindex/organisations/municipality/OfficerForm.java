package nl.verwijsindex.organisations.municipality;

/** The form on the officers page that invites another officer of the municipality, as typed. */
record OfficerForm(String inviteeName, String inviteeEmail, String inviteeLanguage) {

    OfficerForm {
        inviteeName = FormRules.trimmed(inviteeName);
        inviteeEmail = FormRules.trimmed(inviteeEmail);
        inviteeLanguage = FormRules.trimmed(inviteeLanguage);
    }

    static OfficerForm empty() {
        return new OfficerForm("", "", "nl");
    }

    Invitee invitee() {
        return new Invitee(inviteeName, inviteeEmail, inviteeLanguage);
    }

    /** Returns the form to show again, with a name that looks like a BSN emptied, so that the page never repeats it. */
    OfficerForm withoutBsns() {
        var invitee = invitee().withoutBsn();
        return new OfficerForm(invitee.name(), inviteeEmail, inviteeLanguage);
    }
}
