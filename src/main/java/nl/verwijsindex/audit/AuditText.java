package nl.verwijsindex.audit;

import org.jspecify.annotations.Nullable;

/**
 * The rule for the text values of an entry: 1 to {@value #MAXIMUM_LENGTH} printable ASCII characters
 * without spaces. It keeps the canonical form of an entry unambiguous (one {@code name=value} line
 * per field) and leaves no room for names or free text.
 */
final class AuditText {

    static final int MAXIMUM_LENGTH = 200;

    private AuditText() {}

    /**
     * Returns the value when it follows the rule.
     *
     * @throws IllegalArgumentException naming the field when it does not
     */
    static @Nullable String check(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("Invalid audit " + field + ": it must have 1 to " + MAXIMUM_LENGTH
                    + " characters, and has " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("Invalid audit " + field
                        + ": only printable ASCII characters without spaces are allowed, found code " + (int) c);
            }
        }
        return value;
    }
}
