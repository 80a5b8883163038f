package nl.verwijsindex.organisations.internal;

import java.util.regex.Pattern;

/** A check of names typed into the forms of the organisation administrator and the municipality. */
public final class TypedText {

    /**
     * Line breaks, other control characters and invisible formatting characters such as direction
     * overrides: a name never needs them, and in an email or on a page they can make the text
     * read as something else.
     */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\u2028\\u2029]");

    private TypedText() {}

    public static boolean hasControlCharacters(String text) {
        return CONTROL_CHARACTERS.matcher(text).find();
    }
}
