package nl.verwijsindex.organisations.municipality;

import java.util.Optional;
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
        }
        if (organisationKind().isEmpty()) {
            errors.add("kind", "kind-invalid");
        }
        if (FormRules.numberBetween(defaultSignalMonths, 1, MAXIMUM_SIGNAL_MONTHS)
                .isEmpty()) {
            errors.add("default-signal-months", "default-signal-months-invalid");
        }
        invitee().validate(errors);
        return errors;
    }

    /** Returns the number of months; call only when {@link #validate} found no error. */
    int months() {
        return Integer.parseInt(defaultSignalMonths);
    }
}
