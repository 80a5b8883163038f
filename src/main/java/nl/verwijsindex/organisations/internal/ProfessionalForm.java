package nl.verwijsindex.organisations.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the form that designates a professional, as typed. {@link #check()} validates
 * them; the duplicate email check needs the database and is done by the service.
 */
record ProfessionalForm(String name, String email, String phone, String language) {

    static final int MAXIMUM_NAME_LENGTH = 200;

    /** RFC 5321 limits an email address to 254 characters. */
    static final int MAXIMUM_EMAIL_LENGTH = 254;

    /** One @, no spaces, and a dot in the domain: the check is loose on purpose, the invitation proves the address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Digits with optional spaces, dashes, brackets and a leading plus, as Dutch and international numbers are written. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,29}");

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
        }
        if (email.isEmpty()) {
            errors.add("email", "email-missing");
        } else if (email.length() > MAXIMUM_EMAIL_LENGTH
                || !EMAIL.matcher(email).matches()) {
            errors.add("email", "email-invalid", email);
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add("phone", "phone-invalid", phone);
        }
        if (!language.equals("nl") && !language.equals("en")) {
            errors.add("language", "language-invalid");
        }
        return errors;
    }

    @Nullable
    String phoneOrNull() {
        return phone.isEmpty() ? null : phone;
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
