package nl.verwijsindex.subjectrights.internal;

import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.organisations.ProfessionalContact;
import org.jspecify.annotations.Nullable;

/**
 * The names of the professionals and organisations that an inspection letter mentions, read once
 * per letter, and how the letter describes who acted in an audit entry.
 *
 * @param contacts the professionals, keyed by professional id
 * @param organisations the organisation names, keyed by organisation id
 * @param accountProfessionals the professional of each professional's login account, keyed by account id
 */
record LetterNames(
        Map<UUID, ProfessionalContact> contacts,
        Map<UUID, String> organisations,
        Map<UUID, UUID> accountProfessionals) {

    String professional(UUID id) {
        var contact = contacts.get(id);
        return contact == null ? "onbekende beroepskracht" : contact.name();
    }

    String organisationOfProfessional(UUID id) {
        var contact = contacts.get(id);
        return contact == null ? "onbekende organisatie" : contact.organisationName();
    }

    String organisation(UUID id) {
        return organisations.getOrDefault(id, "onbekende organisatie");
    }

    /**
     * Describes the actor of an audit entry. A professional who acted through their own account is
     * named with their organisation. Other accounts are described by role and organisation, and a
     * client system also by the professional it acted for.
     */
    String actor(@Nullable AuditActor actor, @Nullable UUID onBehalfOf) {
        if (actor == null) {
            return "onbekend";
        }
        var professional = professionalOf(actor);
        var description =
                new StringBuilder(professional == null ? role(actor) : "beroepskracht " + professional(professional));
        if (actor.organisationId() != null) {
            description.append(" van ").append(organisation(actor.organisationId()));
        }
        if (onBehalfOf != null && !onBehalfOf.equals(professional)) {
            description.append(" namens ").append(professional(onBehalfOf));
        }
        return description.toString();
    }

    /** Returns the professional whose own account the actor is, or {@code null} for any other actor. */
    @Nullable
    private UUID professionalOf(AuditActor actor) {
        if (!"account".equals(actor.type()) || !"professional".equals(actor.role())) {
            return null;
        }
        try {
            return accountProfessionals.get(UUID.fromString(actor.id()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String role(AuditActor actor) {
        if (actor.role() == null) {
            return LetterPurposes.job(actor.id());
        }
        return switch (actor.role()) {
            case "professional" -> "een beroepskracht";
            case "organisation-administrator" -> "een beheerder";
            case "municipal-officer" -> "een medewerker van de gemeente";
            case "functional-administrator" -> "een functioneel beheerder";
            case "api-client" -> "het systeem";
            default -> actor.role();
        };
    }
}
