package nl.verwijsindex.organisations.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The errors of a form on the organisation administrator's pages, in the order of the form's
 * fields. Each error selects its message by its code and may pass values to it, such as the
 * rejected value and the allowed range.
 */
final class FormErrors {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String code, Object... arguments) {
        errors.add(new FieldError(field, code, List.of(arguments)));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> getErrors() {
        return List.copyOf(errors);
    }

    /** Returns the first error of the field, or {@code null}; the pages show one message per field. */
    public @Nullable FieldError on(String field) {
        return errors.stream()
                .filter(error -> error.field().equals(field))
                .findFirst()
                .orElse(null);
    }

    /**
     * One rejected field.
     *
     * @param field the id of the form field in the page
     * @param code the last part of the message key
     * @param arguments the values that the message shows
     */
    record FieldError(String field, String code, List<Object> arguments) {

        /** Returns the message value at the index, or an empty text when the message has fewer values. */
        public Object argument(int index) {
            return index < arguments.size() ? arguments.get(index) : "";
        }
    }
}
