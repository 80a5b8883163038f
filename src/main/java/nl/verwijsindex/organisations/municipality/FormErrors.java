package nl.verwijsindex.organisations.municipality;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The errors of a form, in the order of its fields. Each has the id of its form field and a code
 * that selects the message {@code municipality-form.error.<code>} in the page's language.
 */
final class FormErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** Adds an error unless the field has one already, because the pages show one message per field. */
    FormErrors add(String field, String code) {
        if (on(field) == null) {
            errors.add(new FieldError(field, code));
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
    record FieldError(String field, String code) {}
}
