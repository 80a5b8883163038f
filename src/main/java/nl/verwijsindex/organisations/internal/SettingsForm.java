package nl.verwijsindex.organisations.internal;

import nl.verwijsindex.organisations.OrganisationKind;
import org.jspecify.annotations.Nullable;

/** The fields of the settings form, as typed. */
record SettingsForm(String kind, String defaultSignalMonths, boolean signalOnly) {

    static SettingsForm of(OrganisationSettings settings) {
        return new SettingsForm(
                settings.kind().code(), String.valueOf(settings.defaultSignalMonths()), settings.signalOnly());
    }

    FormErrors check() {
        var errors = new FormErrors();
        if (OrganisationKind.fromCode(kind).isEmpty()) {
            errors.add("kind", "kind-invalid");
        }
        var months = months();
        if (defaultSignalMonths.isBlank()) {
            errors.add(
                    "default-signal-months",
                    "months-missing",
                    "",
                    OrganisationSettings.MINIMUM_MONTHS,
                    OrganisationSettings.MAXIMUM_MONTHS);
        } else if (months == null) {
            errors.add(
                    "default-signal-months",
                    "months-invalid",
                    defaultSignalMonths.strip(),
                    OrganisationSettings.MINIMUM_MONTHS,
                    OrganisationSettings.MAXIMUM_MONTHS);
        } else if (months < OrganisationSettings.MINIMUM_MONTHS || months > OrganisationSettings.MAXIMUM_MONTHS) {
            errors.add(
                    "default-signal-months",
                    "months-out-of-range",
                    defaultSignalMonths.strip(),
                    OrganisationSettings.MINIMUM_MONTHS,
                    OrganisationSettings.MAXIMUM_MONTHS);
        }
        return errors;
    }

    /** Returns the settings; call only when {@link #check()} found no errors. */
    OrganisationSettings settings() {
        return new OrganisationSettings(
                OrganisationKind.fromCode(kind).orElseThrow(),
                Integer.parseInt(defaultSignalMonths.strip()),
                signalOnly);
    }

    /** Reads a whole number with an optional sign, so that {@code -1} gets the range message; null otherwise. */
    private @Nullable Integer months() {
        var text = defaultSignalMonths.strip();
        if (!text.matches("[+-]?[0-9]{1,6}")) {
            return null;
        }
        return Integer.parseInt(text);
    }
}
