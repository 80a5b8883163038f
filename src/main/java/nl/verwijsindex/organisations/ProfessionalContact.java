package nl.verwijsindex.organisations;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The contact details that a match discloses to the other professionals, and the language in
 * which the professional reads email.
 */
public record ProfessionalContact(
        UUID id,
        String name,
        UUID organisationId,
        String organisationName,
        String email,
        @Nullable String phone,
        Locale language) {}
