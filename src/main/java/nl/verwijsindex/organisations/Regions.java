package nl.verwijsindex.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Regions: groups of municipalities, such as a youth-care region, whose statistics are read
 * together. A municipality belongs to at most one region.
 */
public interface Regions {

    /** Returns every region, ordered by name. */
    List<Region> all();

    /** Returns the region with the id, or empty when the index has none. */
    Optional<Region> find(UUID regionId);

    /** Returns the region the municipality belongs to, or empty when it belongs to none. */
    Optional<Region> regionOf(UUID municipalityId);

    /** Returns the municipalities of the region, ordered by name. */
    List<RegionMunicipality> municipalitiesIn(UUID regionId);

    /**
     * Adds a region.
     *
     * @throws IllegalArgumentException when another region has the name
     */
    void add(UUID regionId, String name);

    /**
     * Places the municipality in the region, or in none when {@code regionId} is {@code null}.
     *
     * @throws IllegalArgumentException when the municipality or the region does not exist
     */
    void place(UUID municipalityId, @Nullable UUID regionId);

    /** A region of municipalities. */
    record Region(UUID id, String name) {}

    /**
     * A municipality of a region.
     *
     * @param code the four-digit municipality code of BRP table 33
     */
    record RegionMunicipality(UUID id, String code, String name) {}
}
