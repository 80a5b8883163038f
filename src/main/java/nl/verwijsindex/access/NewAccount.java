package nl.verwijsindex.access;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account to create, with the one role it has. Use the factory methods, which fill in the ids
 * that the role needs.
 *
 * @param organisationId the organisation of a professional or an organisation administrator
 * @param municipalityId the municipality of a municipal officer
 */
public record NewAccount(
        String email,
        String name,
        Locale language,
        AccountRole role,
        @Nullable UUID professionalId,
        @Nullable UUID organisationId,
        @Nullable UUID municipalityId) {

    public static NewAccount professional(
            String email, String name, Locale language, UUID professionalId, UUID organisationId) {
        return new NewAccount(email, name, language, AccountRole.PROFESSIONAL, professionalId, organisationId, null);
    }

    public static NewAccount organisationAdministrator(
            String email, String name, Locale language, UUID organisationId) {
        return new NewAccount(
                email, name, language, AccountRole.ORGANISATION_ADMINISTRATOR, null, organisationId, null);
    }

    public static NewAccount municipalOfficer(String email, String name, Locale language, UUID municipalityId) {
        return new NewAccount(email, name, language, AccountRole.MUNICIPAL_OFFICER, null, null, municipalityId);
    }

    public static NewAccount functionalAdministrator(String email, String name, Locale language) {
        return new NewAccount(email, name, language, AccountRole.FUNCTIONAL_ADMINISTRATOR, null, null, null);
    }
}
