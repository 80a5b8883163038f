package nl.verwijsindex.matching.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.verwijsindex.matching.MatchCoordination;
import nl.verwijsindex.organisations.ProfessionalContact;
import org.jspecify.annotations.Nullable;

/**
 * The coordination of a match as the matches page shows it to one member, with names in place of ids.
 *
 * @param status {@code new}, {@code in-contact} or {@code coordinated}
 * @param proposedToViewer whether the open proposal is addressed to the viewing professional
 * @param viewerCoordinates whether the viewing professional is the coordinator
 * @param proposable the members the viewer may propose, the viewer included when eligible
 * @param contactRecordedOn the day the viewer recorded contact, or null
 */
record CoordinationView(
        String status,
        @Nullable ProfessionalContact proposedCoordinator,
        @Nullable ProfessionalContact coordinator,
        boolean proposedToViewer,
        boolean viewerCoordinates,
        List<ProfessionalContact> proposable,
        @Nullable LocalDate contactRecordedOn) {

    static CoordinationView of(
            MatchCoordination.Summary summary, UUID viewerId, Map<UUID, ProfessionalContact> contacts) {
        var proposed = summary.proposedCoordinatorId();
        var coordinator = summary.coordinatorId();
        return new CoordinationView(
                summary.status().code(),
                proposed == null ? null : contacts.get(proposed),
                coordinator == null ? null : contacts.get(coordinator),
                viewerId.equals(proposed),
                viewerId.equals(coordinator),
                summary.proposableProfessionalIds().stream()
                        .map(contacts::get)
                        .filter(Objects::nonNull)
                        .toList(),
                summary.contactRecordedOn());
    }
}
