package nl.verwijsindex.demo;

import java.util.UUID;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.organisations.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds what is missing of the demo region: the region itself, the demo municipality's place in it,
 * and each neighbouring municipality with its organisations and professionals. A municipality that
 * exists already keeps its organisations, and one placed in another region stays there, so that data
 * folders of earlier runs and changes made on the administration pages are kept.
 */
final class DemoRegionMunicipalities {

    private static final Logger log = LoggerFactory.getLogger(DemoRegionMunicipalities.class);

    private final OrganisationAdministration organisations;
    private final CoordinatorPriorities priorities;
    private final Regions regions;

    DemoRegionMunicipalities(
            OrganisationAdministration organisations, CoordinatorPriorities priorities, Regions regions) {
        this.organisations = organisations;
        this.priorities = priorities;
        this.regions = regions;
    }

    /** Adds the missing parts of the region, in the caller's transaction, and returns the region's id. */
    UUID addMissing(UUID demoMunicipality) {
        var region = regions.all().stream()
                .filter(candidate -> candidate.name().equals(DemoNeighbours.REGION_NAME))
                .map(Regions.Region::id)
                .findFirst()
                .orElseGet(this::addRegion);
        placeIfInNoRegion(demoMunicipality, region);

        int added = 0;
        for (var neighbour : DemoNeighbours.MUNICIPALITIES) {
            var existing = organisations.findMunicipality(neighbour.code());
            var municipality = existing.orElseGet(() -> addMunicipality(neighbour));
            if (existing.isEmpty()) {
                added++;
            }
            placeIfInNoRegion(municipality, region);
        }

        if (added > 0) {
            log.info("Demo region {}: added {} municipalities", region, added);
        }
        return region;
    }

    private UUID addRegion() {
        var id = UUID.randomUUID();
        regions.add(id, DemoNeighbours.REGION_NAME);
        log.info("Demo region {} added", id);
        return id;
    }

    private void placeIfInNoRegion(UUID municipality, UUID region) {
        if (regions.regionOf(municipality).isEmpty()) {
            regions.place(municipality, region);
        }
    }

    private UUID addMunicipality(DemoNeighbours.Neighbour neighbour) {
        var municipality = organisations.addMunicipality(UUID.randomUUID(), neighbour.code(), neighbour.name());
        for (var organisation : neighbour.organisations()) {
            var id = organisations.connectOrganisation(
                    municipality,
                    organisation.name(),
                    organisation.kind(),
                    organisation.defaultSignalMonths(),
                    organisation.signalOnly());
            for (var person : organisation.professionals()) {
                organisations.designateProfessional(
                        id,
                        person.name(),
                        person.mailbox() + "@" + organisation.emailDomain(),
                        person.phone(),
                        person.language());
            }
        }
        priorities.setPriority(municipality, DemoRegion.COORDINATOR_PRIORITY);
        return municipality;
    }
}
