package nl.verwijsindex.organisations.municipality;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.internal.TypedText;

/**
 * The form that places a municipality in a region, or in none.
 *
 * @param municipality the municipality's four-digit code
 * @param region the region's id, or {@link #NO_REGION}
 */
record PlacementForm(String municipality, String region) {

    /** The value of the choice "no region". */
    static final String NO_REGION = "none";

    PlacementForm {
        municipality = FormRules.trimmed(municipality);
        region = FormRules.trimmed(region);
    }

    /** Maximum length of a rejected value that an error message repeats. */
    static final int MAXIMUM_REPEATED_LENGTH = 40;

    /**
     * Returns whether an error message may repeat the rejected value: it is short, on one line and
     * contains nothing that looks like a BSN, so that a page never shows a typed BSN.
     */
    static boolean mayRepeat(String value) {
        return value.length() <= MAXIMUM_REPEATED_LENGTH
                && !TypedText.hasControlCharacters(value)
                && !Bsn.appearsIn(value);
    }

    static PlacementForm empty() {
        return new PlacementForm("", NO_REGION);
    }

    /** Returns the chosen region's id, or empty for "no region" and for a value that is no id. */
    Optional<UUID> regionId() {
        try {
            return Optional.of(UUID.fromString(region));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
