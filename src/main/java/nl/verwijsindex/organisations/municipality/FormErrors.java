package nl.verwijsindex.organisations.municipality;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The errors of a form, in the order of its fields. Each has the id of its form field, a code that
 * selects the message {@code municipality-form.error.<code>} in the page's language, and the values
 * that the message shows, such as the rejected value and the allowed range.
 */
final class FormErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** Adds an error unless the field has one already, because the pages show one message per field. */
    FormErrors add(String field, String code, Object... arguments) {
        if (on(field) == null) {
            errors.add(new FieldError(field, code, List.of(arguments)));
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> getErrors() {
        return List.copyOf(errors);
    }

    public @Nullable FieldError on(String field) {
        return errors.stream()
                .filter(error -> error.field().equals(field))
                .findFirst()
                .orElse(null);
    }

    /** One error of a form; {@code field} is the id of the form field in the page. */
    record FieldError(String field, String code, List<Object> arguments) {

        /** Returns the message value at the index, or an empty text when the message has fewer values. */
        public Object argument(int index) {
            return index < arguments.size() ? arguments.get(index) : "";
        }
    }
}
