package nl.verwijsindex.organisations.municipality;

import java.util.Optional;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.OrganisationKind;
import org.jspecify.annotations.Nullable;

/**
 * The form that connects an organisation to a municipality, with the first administrator of the
 * organisation, who is invited. Values are kept as typed, so that the form can show them again.
 *
 * @param signalOnly {@code true} when the box is checked; a browser sends nothing for an unchecked box
 */
record ConnectOrganisationForm(
        String name,
        String kind,
        String defaultSignalMonths,
        @Nullable String signalOnly,
        String inviteeName,
        String inviteeEmail,
        String inviteeLanguage) {

    /** The law allows a signal to run at most 2 years; the database has the same check. */
    static final int MAXIMUM_SIGNAL_MONTHS = 24;

    ConnectOrganisationForm {
        name = FormRules.trimmed(name);
        kind = FormRules.trimmed(kind);
        defaultSignalMonths = FormRules.trimmed(defaultSignalMonths);
    }

    static ConnectOrganisationForm empty() {
        return new ConnectOrganisationForm("", "", "12", null, "", "", "nl");
    }

    /** Returns the form to show again, with every name that looks like a BSN emptied, so that the page never repeats it. */
    ConnectOrganisationForm withoutBsns() {
        var invitee = invitee().withoutBsn();
        return new ConnectOrganisationForm(
                Bsn.appearsIn(name) ? "" : name,
                kind,
                defaultSignalMonths,
                signalOnly,
                invitee.name(),
                inviteeEmail,
                inviteeLanguage);
    }

    Invitee invitee() {
        return new Invitee(inviteeName, inviteeEmail, inviteeLanguage);
    }

    public boolean isSignalOnly() {
        return "true".equals(signalOnly);
    }

    Optional<OrganisationKind> organisationKind() {
        return OrganisationKind.fromCode(kind);
    }

    FormErrors validate() {
        var errors = new FormErrors();
        if (!FormRules.isName(name)) {
            errors.add("name", "name-invalid");
        } else if (Bsn.appearsIn(name)) {
            errors.add("name", "name-bsn");
        }
        if (organisationKind().isEmpty()) {
            errors.add("kind", "kind-invalid");
        }
        FormRules.checkNumberBetween(errors, "default-signal-months", defaultSignalMonths, 1, MAXIMUM_SIGNAL_MONTHS);
        invitee().validate(errors);
        return errors;
    }

    /** Returns the number of months; call only when {@link #validate} found no error. */
    int months() {
        return Integer.parseInt(defaultSignalMonths);
    }
}
