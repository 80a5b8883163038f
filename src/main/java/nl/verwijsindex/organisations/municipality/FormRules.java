package nl.verwijsindex.organisations.municipality;

import java.util.Locale;
import java.util.OptionalInt;
import nl.verwijsindex.organisations.internal.TypedText;
import org.jspecify.annotations.Nullable;

/** Checks of the values typed into the municipality and administration forms. */
final class FormRules {

    /** Longest name of a municipality, organisation or person. */
    static final int MAXIMUM_NAME_LENGTH = 200;

    private FormRules() {}

    /** Trims the typed value; a field that was not sent at all counts as empty. */
    static String trimmed(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static boolean isName(String value) {
        return !value.isEmpty() && value.length() <= MAXIMUM_NAME_LENGTH && !TypedText.hasControlCharacters(value);
    }

    /** Reads a whole number from minimum to maximum; empty when the text is no such number. */
    static OptionalInt numberBetween(String value, int minimum, int maximum) {
        if (!value.matches("[0-9]{1,4}")) {
            return OptionalInt.empty();
        }
        var number = Integer.parseInt(value);
        return number >= minimum && number <= maximum ? OptionalInt.of(number) : OptionalInt.empty();
    }

    /**
     * Adds an error to the field unless the text is a whole number from minimum to maximum. The
     * message shows the typed value, the range and, as its fourth value, the field's label.
     */
    static void checkNumberBetween(FormErrors errors, String field, String value, int minimum, int maximum) {
        if (value.isEmpty()) {
            errors.add(field, "number-missing", value, minimum, maximum);
        } else if (!value.matches("[+-]?[0-9]{1,9}")) {
            errors.add(field, "number-not-whole", value, minimum, maximum);
        } else {
            var number = Integer.parseInt(value);
            if (number < minimum || number > maximum) {
                errors.add(field, "number-out-of-range", value, minimum, maximum);
            }
        }
    }

    /** Reads the language of an invitation, {@code nl} or {@code en}; null otherwise. */
    static @Nullable Locale language(String value) {
        return switch (value) {
            case "nl", "en" -> Locale.forLanguageTag(value);
            default -> null;
        };
    }
}
