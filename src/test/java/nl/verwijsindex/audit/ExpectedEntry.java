package nl.verwijsindex.audit;

import java.time.Instant;
import java.util.UUID;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry that a test expects, built field by field and compared with
 * {@link AuditChain.Row} as a whole, so that a test states every field. The origin is
 * {@code 127.0.0.1} unless set, because every test client connects over the loopback address.
 *
 * @param child the child's pseudonym in hex; the entry then also has key version 1
 */
public record ExpectedEntry(
        String action,
        String outcome,
        String purpose,
        @Nullable String actorType,
        @Nullable String actorId,
        @Nullable String actorRole,
        @Nullable UUID actorOrganisationId,
        @Nullable UUID actorMunicipalityId,
        @Nullable UUID onBehalfOf,
        @Nullable String origin,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String child) {

    public static ExpectedEntry of(String action, String outcome, String purpose) {
        return new ExpectedEntry(
                action, outcome, purpose, null, null, null, null, null, null, "127.0.0.1", null, null, null);
    }

    public ExpectedEntry byAccount(
            UUID accountId, String role, @Nullable UUID organisationId, @Nullable UUID municipalityId) {
        return new ExpectedEntry(
                action,
                outcome,
                purpose,
                "account",
                accountId.toString(),
                role,
                organisationId,
                municipalityId,
                onBehalfOf,
                origin,
                objectType,
                objectId,
                child);
    }

    /** Sets the actor to the professional's account, in role {@code professional} of their organisation. */
    public ExpectedEntry byProfessional(TestAccounts accounts, TestRegion.Person person) {
        return byAccount(
                accounts.of(person).accountId(),
                "professional",
                person.organisation().id(),
                null);
    }

    /** Sets the actor to the administrator's or officer's account, in its role, organisation and municipality. */
    public ExpectedEntry byAdministrator(TestAccounts accounts, TestRegion.Administrator administrator) {
        return byAccount(
                accounts.of(administrator).accountId(),
                administrator.role(),
                administrator.organisationId(),
                administrator.municipalityId());
    }

    public ExpectedEntry byApiClient(UUID clientId, UUID organisationId) {
        return new ExpectedEntry(
                action,
                outcome,
                purpose,
                "api-client",
                clientId.toString(),
                "api-client",
                organisationId,
                null,
                onBehalfOf,
                origin,
                objectType,
                objectId,
                child);
    }

    public ExpectedEntry bySystem(String job) {
        return new ExpectedEntry(
                action,
                outcome,
                purpose,
                "system",
                job,
                null,
                null,
                null,
                onBehalfOf,
                origin,
                objectType,
                objectId,
                child);
    }

    public ExpectedEntry onBehalfOf(@Nullable UUID professionalId) {
        return new ExpectedEntry(
                action,
                outcome,
                purpose,
                actorType,
                actorId,
                actorRole,
                actorOrganisationId,
                actorMunicipalityId,
                professionalId,
                origin,
                objectType,
                objectId,
                child);
    }

    public ExpectedEntry from(@Nullable String address) {
        return new ExpectedEntry(
                action,
                outcome,
                purpose,
                actorType,
                actorId,
                actorRole,
                actorOrganisationId,
                actorMunicipalityId,
                onBehalfOf,
                address,
                objectType,
                objectId,
                child);
    }

    public ExpectedEntry about(String type, Object id) {
        return new ExpectedEntry(
                action,
                outcome,
                purpose,
                actorType,
                actorId,
                actorRole,
                actorOrganisationId,
                actorMunicipalityId,
                onBehalfOf,
                origin,
                type,
                id.toString(),
                child);
    }

    public ExpectedEntry child(@Nullable String pseudonymHex) {
        return new ExpectedEntry(
                action,
                outcome,
                purpose,
                actorType,
                actorId,
                actorRole,
                actorOrganisationId,
                actorMunicipalityId,
                onBehalfOf,
                origin,
                objectType,
                objectId,
                pseudonymHex);
    }

    /** Returns the row that the trail stores for this entry with the sequence number and time. */
    public AuditChain.Row at(long sequence, Instant recordedAt) {
        return new AuditChain.Row(
                sequence,
                recordedAt,
                action,
                outcome,
                actorType,
                actorId,
                actorRole,
                actorOrganisationId,
                actorMunicipalityId,
                onBehalfOf,
                origin,
                objectType,
                objectId,
                child,
                child == null ? null : 1,
                purpose);
    }
}
