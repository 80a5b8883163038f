package nl.verwijsindex.subjectrights.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditHistory;
import nl.verwijsindex.audit.RecordedEntry;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.SignalMatches;
import nl.verwijsindex.organisations.OrganisationNames;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ChildSignals;
import nl.verwijsindex.registration.ChildSignals.ChildSignal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the Dutch inspection letter of a request as PDF: every signal of the child, every match
 * with one of those signals, and every audit entry about the child. The letter names no BSN and
 * addresses the child generically. The officer adds the address outside the index.
 */
@Component
class InspectionLetter {

    /** The zone of the times in the letter, which Dutch readers expect in Dutch local time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final ChildSignals signals;
    private final SignalMatches matches;
    private final AuditHistory history;
    private final Professionals professionals;
    private final OrganisationNames organisations;

    InspectionLetter(
            ChildSignals signals,
            SignalMatches matches,
            AuditHistory history,
            Professionals professionals,
            OrganisationNames organisations) {
        this.signals = signals;
        this.matches = matches;
        this.history = history;
        this.professionals = professionals;
        this.organisations = organisations;
    }

    /** Returns the letter for the request, dated today. */
    byte[] write(RightsRequest request, Pseudonym child, LocalDate today) {
        var childSignals = signals.of(child);
        var childMatches = matches.of(childSignals.stream().map(ChildSignal::id).toList());
        var accesses = history.ofChild(child);
        var names = new Names(childSignals, childMatches, accesses);

        try (var pdf = new PdfWriter("Inzage verzoek " + request.number())) {
            pdf.paragraph("Datum: " + DATE.format(today));
            pdf.paragraph("Verzoek om inzage nummer " + request.number() + ", ontvangen op "
                    + DATE.format(request.receivedOn()));
            pdf.heading("Inzage in de verwijsindex");
            pdf.paragraph("Beste ouder, voogd of jongere,");
            pdf.paragraph("U heeft gevraagd welke gegevens de verwijsindex over het kind bewaart. Hieronder staan alle"
                    + " meldingen over het kind, alle matches tussen die meldingen en iedereen die de gegevens van"
                    + " het kind heeft ingezien of gebruikt. De verwijsindex bewaart geen inhoud over het kind,"
                    + " alleen dat een beroepskracht betrokken is.");
            writeSignals(pdf, childSignals, names);
            writeMatches(pdf, childMatches, names);
            writeAccesses(pdf, accesses, names);
            return pdf.toBytes();
        }
    }

    private static void writeSignals(PdfWriter pdf, List<ChildSignal> childSignals, Names names) {
        pdf.heading("Meldingen (" + childSignals.size() + ")");
        if (childSignals.isEmpty()) {
            pdf.paragraph("Er zijn geen meldingen over het kind.");
        }
        for (var signal : childSignals) {
            var status = signal.active()
                    ? "actief, loopt tot " + DATE.format(signal.endDate())
                    : "gearchiveerd, beëindigd op " + DATE.format(signal.endedOn());
            pdf.paragraph("Melding " + signal.number() + ": " + names.organisation(signal.organisationId()) + ", "
                    + names.professional(signal.professionalId()) + ", gemeld op "
                    + DATE.format(signal.registeredOn()) + ", " + status + ".");
        }
    }

    private static void writeMatches(PdfWriter pdf, List<SignalMatches.SignalMatch> childMatches, Names names) {
        pdf.heading("Matches (" + childMatches.size() + ")");
        if (childMatches.isEmpty()) {
            pdf.paragraph("Er zijn geen matches.");
        }
        // NOTE: a family match also names the professionals of the other child, who may have another
        // parent. Whether a letter to this child's parent may show them is not settled.
        for (var match : childMatches) {
            var type = match.type() == MatchType.CHILD ? "Kindmatch" : "Gezinsmatch";
            var ended = match.endedOn() == null ? "" : ", beëindigd op " + DATE.format(match.endedOn());
            var members = match.professionalIds().stream()
                    .map(id -> names.professional(id) + " (" + names.organisationOfProfessional(id) + ")")
                    .sorted()
                    .collect(Collectors.joining(", "));
            pdf.paragraph(type + " sinds " + DATE.format(match.since()) + ended + ", tussen: " + members + ".");
        }
    }

    private static void writeAccesses(PdfWriter pdf, List<RecordedEntry> accesses, Names names) {
        pdf.heading("Wie de gegevens heeft gebruikt (" + accesses.size() + ")");
        pdf.paragraph("Tijden in Nederlandse tijd.");
        for (var access : accesses) {
            var entry = access.entry();
            pdf.paragraph(TIME.format(access.recordedAt().atZone(ZONE)) + ": "
                    + action(entry.action().code()) + " door "
                    + names.actor(entry.actor(), entry.onBehalfOf()) + ", doel " + entry.purpose() + ", resultaat "
                    + outcome(entry.outcome().code()) + ".");
        }
    }

    private static String action(String code) {
        return switch (code) {
            case "read" -> "ingezien";
            case "write" -> "vastgelegd of gewijzigd";
            case "search" -> "opgezocht";
            case "export" -> "afgedrukt of verstuurd";
            case "notification" -> "bericht verstuurd";
            default -> code;
        };
    }

    private static String outcome(String code) {
        return switch (code) {
            case "success" -> "gelukt";
            case "rejected" -> "geweigerd";
            case "blocked" -> "geblokkeerd";
            case "failed" -> "mislukt";
            default -> code;
        };
    }

    /** The names of the professionals and organisations the letter mentions, read once. */
    private final class Names {

        private final Map<UUID, ProfessionalContact> contacts;
        private final Map<UUID, String> organisationNames;

        Names(
                List<ChildSignal> childSignals,
                List<SignalMatches.SignalMatch> childMatches,
                List<RecordedEntry> accesses) {
            var professionalIds = new HashSet<UUID>();
            var organisationIds = new HashSet<UUID>();
            childSignals.forEach(signal -> {
                professionalIds.add(signal.professionalId());
                organisationIds.add(signal.organisationId());
            });
            childMatches.forEach(match -> professionalIds.addAll(match.professionalIds()));
            for (var access : accesses) {
                var entry = access.entry();
                if (entry.onBehalfOf() != null) {
                    professionalIds.add(entry.onBehalfOf());
                }
                if (entry.actor() != null && entry.actor().organisationId() != null) {
                    organisationIds.add(entry.actor().organisationId());
                }
            }
            this.contacts = professionals.contacts(professionalIds).stream()
                    .collect(Collectors.toMap(ProfessionalContact::id, Function.identity()));
            this.organisationNames = organisations.of(organisationIds);
        }

        String professional(UUID id) {
            var contact = contacts.get(id);
            return contact == null ? "onbekende beroepskracht" : contact.name();
        }

        String organisationOfProfessional(UUID id) {
            var contact = contacts.get(id);
            return contact == null ? "onbekende organisatie" : contact.organisationName();
        }

        String organisation(UUID id) {
            return organisationNames.getOrDefault(id, "onbekende organisatie");
        }

        // NOTE: a professional's own account is named by role and organisation only, because the
        // audit entry contains the account id and no module yet maps an account to its professional.
        String actor(@Nullable AuditActor actor, @Nullable UUID onBehalfOf) {
            if (actor == null) {
                return "onbekend";
            }
            var description = new StringBuilder(role(actor));
            if (actor.organisationId() != null) {
                description.append(" van ").append(organisation(actor.organisationId()));
            }
            if (onBehalfOf != null) {
                description.append(" namens ").append(professional(onBehalfOf));
            }
            return description.toString();
        }

        private static String role(AuditActor actor) {
            if (actor.role() == null) {
                return "de verwijsindex zelf (" + actor.id() + ")";
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
}
