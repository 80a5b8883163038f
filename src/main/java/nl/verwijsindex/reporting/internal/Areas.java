package nl.verwijsindex.reporting.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.MunicipalCoordinators;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.organisations.Regions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the municipality or region whose statistics an account may read. A municipal officer reads
 * their own municipality and the region it belongs to, and a functional administrator reads every one.
 * Each method throws {@link AreaNotFoundException} for any other municipality or region.
 */
@Component
@Transactional(readOnly = true)
class Areas {

    private final MunicipalCoordinators municipalities;
    private final Regions regions;
    private final OrganisationAdministration organisations;

    Areas(MunicipalCoordinators municipalities, Regions regions, OrganisationAdministration organisations) {
        this.municipalities = municipalities;
        this.regions = regions;
        this.organisations = organisations;
    }

    Area municipality(SignedInAccount account, String code) {
        checkRole(account);
        var municipality = municipalities.findByMunicipalityCode(code).orElseThrow(AreaNotFoundException::new);
        if (!isAdministrator(account) && !municipality.municipalityId().equals(account.municipalityId())) {
            throw new AreaNotFoundException();
        }
        return area(
                Area.MUNICIPALITY,
                municipality.municipalityId(),
                municipality.municipalityName(),
                List.of(municipality.municipalityId()));
    }

    Area region(SignedInAccount account, UUID regionId) {
        checkRole(account);
        var region = regions.find(regionId).orElseThrow(AreaNotFoundException::new);
        if (!isAdministrator(account) && !regionId.equals(ownRegionId(account).orElse(null))) {
            throw new AreaNotFoundException();
        }
        var municipalityIds = regions.municipalitiesIn(regionId).stream()
                .map(Regions.RegionMunicipality::id)
                .toList();
        return area(Area.REGION, region.id(), region.name(), municipalityIds);
    }

    /** Returns an area for each municipality of a region, which the region's suppression compares with. */
    List<Area> municipalitiesOf(Area region) {
        return regions.municipalitiesIn(region.id()).stream()
                .map(municipality ->
                        area(Area.MUNICIPALITY, municipality.id(), municipality.name(), List.of(municipality.id())))
                .toList();
    }

    /** Returns the region of the officer's municipality, or empty for another role or a municipality in none. */
    Optional<UUID> ownRegionId(SignedInAccount account) {
        if (account.role() != AccountRole.MUNICIPAL_OFFICER || account.municipalityId() == null) {
            return Optional.empty();
        }
        return regions.regionOf(account.municipalityId()).map(Regions.Region::id);
    }

    /** Returns the region the municipality belongs to, or empty when it belongs to none. */
    Optional<Regions.Region> regionOf(UUID municipalityId) {
        return regions.regionOf(municipalityId);
    }

    private Area area(String type, UUID id, String name, List<UUID> municipalityIds) {
        Map<UUID, OrganisationKind> kinds = new HashMap<>();
        Set<UUID> professionals = new HashSet<>();
        // NOTE: organisationsOf also reads each professional's name and email address, which the
        // statistics do not use, with one query per organisation. A smaller organisations API that
        // returns only ids and kinds would be cheaper for a large region.
        for (var municipalityId : municipalityIds) {
            for (var organisation : organisations.organisationsOf(municipalityId)) {
                kinds.put(organisation.id(), organisation.kind());
                organisation.professionals().forEach(professional -> professionals.add(professional.id()));
            }
        }
        return new Area(type, id, name, Set.copyOf(municipalityIds), Map.copyOf(kinds), Set.copyOf(professionals));
    }

    private static boolean isAdministrator(SignedInAccount account) {
        return account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR;
    }

    /** Repeats the rule of the URL, in case a path is ever mapped outside it. */
    private static void checkRole(SignedInAccount account) {
        if (account.role() != AccountRole.MUNICIPAL_OFFICER && !isAdministrator(account)) {
            throw new AccessDeniedException("Statistics are for municipal officers and functional administrators");
        }
    }
}
