package nl.verwijsindex.access.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The errors of a form on the passkey page, in the order of its fields. Each code selects the
 * message {@code passkeys.error.<code>} in the page's language.
 */
record PasskeyFormErrors(List<FieldError> errors) {

    static PasskeyFormErrors none() {
        return new PasskeyFormErrors(List.of());
    }

    /** Returns these errors followed by the error, which must belong to a later field. */
    PasskeyFormErrors plus(String field, String code) {
        var all = new ArrayList<>(errors);
        all.add(new FieldError(field, code));
        return new PasskeyFormErrors(List.copyOf(all));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Returns the error of the field, if any. */
    public @Nullable FieldError on(String field) {
        return errors.stream()
                .filter(error -> error.field().equals(field))
                .findFirst()
                .orElse(null);
    }

    /** @param field the id of the form field in the page */
    record FieldError(String field, String code) {}
}
