package nl.verwijsindex.subjectrights.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verwijsindex.access.AccountProfessionals;
import nl.verwijsindex.audit.AuditHistory;
import nl.verwijsindex.audit.RecordedEntry;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.SignalMatches;
import nl.verwijsindex.matching.SignalMatches.Member;
import nl.verwijsindex.matching.SignalMatches.SignalMatch;
import nl.verwijsindex.organisations.MunicipalityDirectory;
import nl.verwijsindex.organisations.OrganisationNames;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ChildSignals;
import nl.verwijsindex.registration.ChildSignals.ChildSignal;
import org.springframework.stereotype.Component;

/**
 * Writes the Dutch inspection letter of a request as PDF: every signal of the child, every match
 * with one of those signals, and every audit entry about the child. The letter names no BSN and
 * addresses the child generically. The officer adds the address outside the index. In a family
 * match the professionals of the other child are named by organisation only, because the letter
 * must not reveal which person has contact with a sibling, who may live with another parent. The
 * letter names the municipality that sends it and closes with the reader's further rights.
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
    private final AccountProfessionals accountProfessionals;
    private final MunicipalityDirectory municipalities;

    InspectionLetter(
            ChildSignals signals,
            SignalMatches matches,
            AuditHistory history,
            Professionals professionals,
            OrganisationNames organisations,
            AccountProfessionals accountProfessionals,
            MunicipalityDirectory municipalities) {
        this.signals = signals;
        this.matches = matches;
        this.history = history;
        this.professionals = professionals;
        this.organisations = organisations;
        this.accountProfessionals = accountProfessionals;
        this.municipalities = municipalities;
    }

    /** Returns the letter for the request, dated today. */
    byte[] write(RightsRequest request, Pseudonym child, LocalDate today) {
        var childSignals = signals.of(child);
        var childMatches = matches.of(childSignals.stream().map(ChildSignal::id).toList());
        var accesses = history.ofChild(child);
        var names = readNames(childSignals, childMatches, accesses);

        var municipality = municipalities
                .find(request.municipalityId())
                .map(MunicipalityDirectory.DirectoryEntry::name)
                .orElseThrow(
                        () -> new IllegalStateException("Municipality " + request.municipalityId() + " not found"));

        try (var pdf = new PdfWriter("Inzage verzoek " + request.number())) {
            pdf.paragraph("Afzender: gemeente " + municipality);
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
            writeMatches(pdf, childMatches, archivedSignalIds(childSignals), signalIds(childSignals), names);
            writeAccesses(pdf, accesses, names);
            writeFurtherRights(pdf, municipality);
            return pdf.toBytes();
        }
    }

    private static void writeSignals(PdfWriter pdf, List<ChildSignal> childSignals, LetterNames names) {
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

    private static void writeMatches(
            PdfWriter pdf,
            List<SignalMatch> childMatches,
            Set<UUID> archivedSignalIds,
            Set<UUID> childSignalIds,
            LetterNames names) {
        pdf.heading("Matches (" + childMatches.size() + ")");
        if (childMatches.isEmpty()) {
            pdf.paragraph("Er zijn geen matches.");
        }
        for (var match : childMatches) {
            var type = match.type() == MatchType.CHILD ? "Kindmatch" : "Gezinsmatch";
            var ended = match.endedOn() == null ? "" : ", beëindigd op " + DATE.format(match.endedOn());
            pdf.paragraph(type + " sinds " + DATE.format(match.since()) + ended + ", tussen: "
                    + members(match, archivedSignalIds, childSignalIds, names) + ".");
        }
    }

    /**
     * Names the professionals of the child's own signals in the match, each with their organisation.
     * Members on another child, which only a family match has, are listed as the distinct
     * organisations of their professionals. A member whose signal is archived says so.
     */
    private static String members(
            SignalMatch match, Set<UUID> archivedSignalIds, Set<UUID> childSignalIds, LetterNames names) {
        var own = match.members().stream()
                .filter(member -> childSignalIds.contains(member.signalId()))
                .map(member -> ownMember(member, archivedSignalIds, names))
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        var otherChildOrganisations = match.members().stream()
                .filter(member -> !childSignalIds.contains(member.signalId()))
                .map(member -> names.organisationOfProfessional(member.professionalId()))
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        if (otherChildOrganisations.isEmpty()) {
            return own;
        }
        return own + " en, bij een ander kind uit het gezin, beroepskrachten van: " + otherChildOrganisations;
    }

    private static String ownMember(Member member, Set<UUID> archivedSignalIds, LetterNames names) {
        var id = member.professionalId();
        var description = names.professional(id) + " (" + names.organisationOfProfessional(id);
        if (archivedSignalIds.contains(member.signalId())) {
            description += ", melding gearchiveerd";
        }
        return description + ")";
    }

    private static void writeFurtherRights(PdfWriter pdf, String municipality) {
        pdf.heading("Uw verdere rechten");
        pdf.paragraph("Klopt er iets niet, dan kunt u de gemeente " + municipality + " vragen om de gegevens te"
                + " corrigeren. U kunt ook bezwaar maken tegen de meldingen; als de gemeente het bezwaar gegrond"
                + " vindt, worden de meldingen vernietigd en krijgen de beroepskrachten daarover bericht. Bent u het"
                + " niet eens met hoe de gemeente met uw gegevens omgaat, dan kunt u een klacht indienen bij de"
                + " Autoriteit Persoonsgegevens.");
    }

    private static void writeAccesses(PdfWriter pdf, List<RecordedEntry> accesses, LetterNames names) {
        pdf.heading("Wie de gegevens heeft gebruikt (" + accesses.size() + ")");
        pdf.paragraph("Tijden in Nederlandse tijd.");
        for (var access : accesses) {
            var entry = access.entry();
            pdf.paragraph(TIME.format(access.recordedAt().atZone(ZONE)) + ": "
                    + action(entry.action().code()) + " door "
                    + names.actor(entry.actor(), entry.onBehalfOf()) + ", doel: "
                    + LetterPurposes.purpose(entry.purpose()) + ", resultaat "
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

    /** Reads the names of every professional, organisation and professional's account the letter mentions. */
    private LetterNames readNames(
            List<ChildSignal> childSignals, List<SignalMatch> childMatches, List<RecordedEntry> accesses) {
        var professionalIds = new HashSet<UUID>();
        var organisationIds = new HashSet<UUID>();
        var accountIds = new HashSet<UUID>();
        for (var signal : childSignals) {
            professionalIds.add(signal.professionalId());
            organisationIds.add(signal.organisationId());
        }
        for (var match : childMatches) {
            match.members().forEach(member -> professionalIds.add(member.professionalId()));
        }
        for (var access : accesses) {
            var entry = access.entry();
            if (entry.onBehalfOf() != null) {
                professionalIds.add(entry.onBehalfOf());
            }
            if (entry.actor() != null && entry.actor().organisationId() != null) {
                organisationIds.add(entry.actor().organisationId());
            }
            if (entry.actor() != null
                    && "account".equals(entry.actor().type())
                    && "professional".equals(entry.actor().role())) {
                accountId(entry.actor().id()).ifPresent(accountIds::add);
            }
        }

        var professionalsOfAccounts = accountProfessionals.of(accountIds);
        professionalIds.addAll(professionalsOfAccounts.values());
        var contacts = professionals.contacts(professionalIds).stream()
                .collect(Collectors.toMap(ProfessionalContact::id, Function.identity()));
        return new LetterNames(contacts, organisations.of(organisationIds), professionalsOfAccounts);
    }

    private static Set<UUID> archivedSignalIds(List<ChildSignal> childSignals) {
        return childSignals.stream()
                .filter(signal -> !signal.active())
                .map(ChildSignal::id)
                .collect(Collectors.toSet());
    }

    private static Set<UUID> signalIds(List<ChildSignal> childSignals) {
        return childSignals.stream().map(ChildSignal::id).collect(Collectors.toSet());
    }

    private static Optional<UUID> accountId(String actorId) {
        try {
            return Optional.of(UUID.fromString(actorId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
