package nl.verwijsindex.organisations.municipality;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.Regions;
import nl.verwijsindex.organisations.Regions.Region;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service behind the regions page, for a functional administrator only. */
@Service
@Transactional
class RegionManagement {

    private static final Logger log = LoggerFactory.getLogger(RegionManagement.class);

    private final Regions regions;
    private final Municipalities municipalities;
    private final MunicipalityManagement management;
    private final FormLocks locks;

    RegionManagement(
            Regions regions, Municipalities municipalities, MunicipalityManagement management, FormLocks locks) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.management = management;
        this.locks = locks;
    }

    /** Returns every region with its municipalities, and every municipality with its region. */
    @Transactional(readOnly = true)
    public RegionOverview overview(SignedInAccount account) {
        var all = regions.all();
        var regionOfMunicipality = new java.util.HashMap<UUID, Region>();
        var regionsWithMunicipalities = all.stream()
                .map(region -> {
                    var members = regions.municipalitiesIn(region.id());
                    members.forEach(member -> regionOfMunicipality.put(member.id(), region));
                    return new RegionWithMunicipalities(region, members);
                })
                .toList();
        var placements = management.allMunicipalities(account).stream()
                .map(municipality -> new Placement(municipality, regionOfMunicipality.get(municipality.id())))
                .toList();
        return new RegionOverview(regionsWithMunicipalities, placements);
    }

    /** Adds the region when the form is valid. Returns the form's errors and, when added, the region's id. */
    public Outcome add(SignedInAccount account, RegionForm form) {
        management.requireFunctionalAdministrator(account);
        if (!form.name().isEmpty()) {
            locks.lockRegionName(form.name());
        }
        var errors = form.validate(regions.all().stream().map(Region::name).toList());
        if (!errors.isEmpty()) {
            return new Outcome(errors, null);
        }

        var id = UUID.randomUUID();
        regions.add(id, form.name());
        log.info("Account {} added region {}", account.id(), id);
        return new Outcome(errors, id);
    }

    /**
     * Places the municipality in the chosen region, or in none, when the form names an existing
     * municipality and region. Returns the form's errors and, when placed, the municipality's id.
     */
    public Outcome place(SignedInAccount account, PlacementForm form) {
        management.requireFunctionalAdministrator(account);
        var errors = new FormErrors();
        var municipality = municipalities.findByCode(form.municipality());
        if (municipality.isEmpty()) {
            addMunicipalityError(errors, form.municipality());
        }
        Optional<Region> region = form.regionId().flatMap(regions::find);
        var noRegion = PlacementForm.NO_REGION.equals(form.region());
        if (!noRegion && region.isEmpty()) {
            addRegionError(errors, form);
        }
        if (!errors.isEmpty()) {
            return new Outcome(errors, null);
        }

        var municipalityId = municipality.orElseThrow().id();
        regions.place(municipalityId, region.map(Region::id).orElse(null));
        log.info(
                "Account {} placed municipality {} in region {}",
                account.id(),
                form.municipality(),
                region.map(found -> found.id().toString()).orElse("none"));
        return new Outcome(errors, municipalityId);
    }

    /**
     * Adds the error for a municipality code that names no municipality. The message repeats the
     * value only when {@link PlacementForm#mayRepeat} allows it.
     */
    private static void addMunicipalityError(FormErrors errors, String code) {
        var field = "placement-municipality";
        if (code.isEmpty()) {
            errors.add(field, "placement-municipality-missing");
        } else if (code.matches("[0-9]{4}")) {
            errors.add(field, "placement-municipality-unknown", code);
        } else if (PlacementForm.mayRepeat(code)) {
            errors.add(field, "placement-municipality-not-code", code);
        } else {
            errors.add(field, "placement-municipality-not-repeated");
        }
    }

    /** Adds the error for a region choice that names no region, repeating the value as above. */
    private static void addRegionError(FormErrors errors, PlacementForm form) {
        var field = "placement-region";
        if (form.region().isEmpty()) {
            errors.add(field, "placement-region-missing");
        } else if (form.regionId().isPresent()) {
            errors.add(field, "placement-region-unknown", form.region());
        } else if (PlacementForm.mayRepeat(form.region())) {
            errors.add(field, "placement-region-not-id", form.region());
        } else {
            errors.add(field, "placement-region-not-repeated");
        }
    }

    /**
     * The result of a form.
     *
     * @param objectId the region added or the municipality placed; {@code null} when the form had errors
     */
    record Outcome(FormErrors errors, @Nullable UUID objectId) {}

    /** The regions page's content. */
    record RegionOverview(List<RegionWithMunicipalities> regions, List<Placement> municipalities) {}

    record RegionWithMunicipalities(Region region, List<Regions.RegionMunicipality> municipalities) {

        /** Returns the municipalities' names, separated by commas, for the table. */
        public String municipalityNames() {
            return municipalities.stream().map(Regions.RegionMunicipality::name).collect(Collectors.joining(", "));
        }
    }

    /** A municipality and the region it is in, or {@code null} when it is in none. */
    record Placement(Municipality municipality, @Nullable Region region) {}
}
