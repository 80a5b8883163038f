package nl.verwijsindex.access.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The errors of a form on the invitation and profile pages, in the order of the form's fields.
 * Each error names the id of its field and a code, which selects its message in the page's language.
 */
record FormErrors(List<FieldError> errors) {

    FormErrors {
        errors = List.copyOf(errors);
    }

    static FormErrors none() {
        return new FormErrors(List.of());
    }

    static FormErrors of(String field, String code) {
        return new FormErrors(List.of(new FieldError(field, code)));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Returns the error of the field, or {@code null} when it has none. */
    @Nullable
    public FieldError on(String field) {
        return errors.stream()
                .filter(error -> error.field().equals(field))
                .findFirst()
                .orElse(null);
    }

    /** Collects errors field by field, keeping the order in which they are added. */
    static final class Builder {

        private final List<FieldError> errors = new ArrayList<>();

        Builder add(String field, String code) {
            errors.add(new FieldError(field, code));
            return this;
        }

        FormErrors build() {
            return new FormErrors(errors);
        }
    }

    /**
     * One error of a form.
     *
     * @param field the id of the form field in the page
     * @param code the last part of the message key, such as {@code password-too-short}
     */
    record FieldError(String field, String code) {}
}
