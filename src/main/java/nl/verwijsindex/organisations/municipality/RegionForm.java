package nl.verwijsindex.organisations.municipality;

import java.util.Collection;
import java.util.Locale;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.internal.TypedText;

/** The form that adds a region of municipalities. */
record RegionForm(String name) {

    /** Maximum length of a region name, as the {@code regions} table allows. */
    static final int MAXIMUM_NAME_LENGTH = 100;

    RegionForm {
        name = FormRules.trimmed(name);
    }

    static RegionForm empty() {
        return new RegionForm("");
    }

    /** Returns the form to show again, with a name that looks like a BSN emptied, so that the page never repeats it. */
    RegionForm withoutBsn() {
        return Bsn.appearsIn(name) ? empty() : this;
    }

    /**
     * Checks the name: 1 to 100 characters without line breaks or control characters, no BSN, and
     * no other region with the same name ignoring case.
     */
    FormErrors validate(Collection<String> existingNames) {
        var errors = new FormErrors();
        if (name.isEmpty()) {
            errors.add("region-name", "region-name-missing", "", 1, MAXIMUM_NAME_LENGTH);
        } else if (name.length() > MAXIMUM_NAME_LENGTH) {
            errors.add("region-name", "region-name-too-long", name.length(), 1, MAXIMUM_NAME_LENGTH);
        } else if (TypedText.hasControlCharacters(name)) {
            errors.add("region-name", "region-name-characters");
        } else if (Bsn.appearsIn(name)) {
            errors.add("region-name", "name-bsn");
        } else if (existingNames.stream().anyMatch(existing -> sameName(existing, name))) {
            errors.add("region-name", "region-name-taken", name);
        }
        return errors;
    }

    private static boolean sameName(String first, String second) {
        return first.toLowerCase(Locale.ROOT).equals(second.toLowerCase(Locale.ROOT));
    }
}
