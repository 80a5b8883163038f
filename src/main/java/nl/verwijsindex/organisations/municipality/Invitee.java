package nl.verwijsindex.organisations.municipality;

import java.util.Locale;
import java.util.Objects;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.EmailAddresses;

/**
 * The person who receives the invitation to the first account of a new organisation or
 * municipality, as typed into the form. The form fields are {@code invitee-name},
 * {@code invitee-email} and {@code invitee-language}.
 */
record Invitee(String name, String email, String language) {

    Invitee {
        name = FormRules.trimmed(name);
        email = FormRules.trimmed(email);
        language = FormRules.trimmed(language);
    }

    static Invitee empty() {
        return new Invitee("", "", "nl");
    }

    void validate(FormErrors errors) {
        if (!FormRules.isName(name)) {
            errors.add("invitee-name", "invitee-name-invalid");
        } else if (Bsn.appearsIn(name)) {
            errors.add("invitee-name", "invitee-name-bsn");
        }
        if (email.isEmpty()) {
            errors.add("invitee-email", "invitee-email-invalid");
        } else if (!EmailAddresses.isValid(email)) {
            errors.add("invitee-email", "invitee-email-rejected", email);
        }
        if (FormRules.language(language) == null) {
            errors.add("invitee-language", "invitee-language-invalid");
        }
    }

    /** Returns the invitee with the name emptied when it looks like a BSN, so that the form never repeats it. */
    Invitee withoutBsn() {
        return Bsn.appearsIn(name) ? new Invitee("", email, language) : this;
    }

    /** Returns the language of the invitation email and account; call only after {@link #validate}. */
    Locale locale() {
        return Objects.requireNonNull(FormRules.language(language), "invalid invitee language");
    }
}
