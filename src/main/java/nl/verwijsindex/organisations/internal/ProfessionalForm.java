package nl.verwijsindex.organisations.internal;

import java.util.Locale;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.EmailAddresses;
import nl.verwijsindex.organisations.PhoneNumbers;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the form that designates a professional, as typed. {@link #check()} validates
 * them; the duplicate email check needs the database and is done by the service.
 */
record ProfessionalForm(String name, String email, String phone, String language) {

    static final int MAXIMUM_NAME_LENGTH = 200;

    static ProfessionalForm empty() {
        return new ProfessionalForm("", "", "", "nl");
    }

    ProfessionalForm {
        name = name.strip();
        email = email.strip();
        phone = phone.strip();
    }

    FormErrors check() {
        var errors = new FormErrors();
        if (name.isEmpty()) {
            errors.add("name", "name-missing");
        } else if (name.length() > MAXIMUM_NAME_LENGTH) {
            errors.add("name", "name-too-long", MAXIMUM_NAME_LENGTH);
        } else if (TypedText.hasControlCharacters(name)) {
            errors.add("name", "name-characters");
        } else if (Bsn.appearsIn(name)) {
            errors.add("name", "name-bsn");
        }
        if (email.isEmpty()) {
            errors.add("email", "email-missing");
        } else if (!EmailAddresses.isValid(email)) {
            errors.add("email", "email-invalid", email);
        }
        if (phone.isEmpty()) {
            // No phone number is fine: the professional is reached by email.
        } else if (Bsn.formsDigitsOf(phone)) {
            errors.add("phone", "phone-bsn");
        } else if (PhoneNumbers.validate(phone).isEmpty()) {
            errors.add("phone", "phone-format", phone);
        }
        if (!language.equals("nl") && !language.equals("en")) {
            errors.add("language", "language-invalid");
        }
        return errors;
    }

    /** Returns the form to show again, with every field that looks like a BSN emptied, so that the page never repeats it. */
    ProfessionalForm withoutBsns() {
        return new ProfessionalForm(
                Bsn.appearsIn(name) ? "" : name, email, Bsn.formsDigitsOf(phone) ? "" : phone, language);
    }

    @Nullable
    String phoneOrNull() {
        return phone.isEmpty() ? null : phone;
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
