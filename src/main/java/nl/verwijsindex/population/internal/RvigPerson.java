package nl.verwijsindex.population.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fields the index reads from one person in the RvIG persons file (GBA form of the BRP API
 * mock). Field names are those of the file; every other field is ignored.
 */
record RvigPerson(
        @Nullable String burgerservicenummer,
        @Nullable Birth geboorte,
        @Nullable JsonNode overlijden,
        @Nullable Suspension opschortingBijhouding,
        @Nullable Code gemeenteVanInschrijving,
        @Nullable List<Parent> ouders,
        @Nullable String geheimhoudingPersoonsgegevens) {

    /** A coded value from a BRP table, such as a municipality or a reason for suspension. */
    record Code(@Nullable String code, @Nullable String omschrijving) {}

    /** The birth data; {@code datum} is {@code yyyymmdd} with zeros for unknown parts. */
    record Birth(@Nullable String datum) {}

    /** The suspension of the record (opschorting bijhouding), after which the register stops keeping it up to date. */
    record Suspension(@Nullable String datum, @Nullable Code reden) {}

    /** A parent as listed on the person's own record. */
    record Parent(@Nullable String burgerservicenummer) {}

    List<Parent> parents() {
        return ouders == null ? List.of() : ouders;
    }

    /**
     * Returns the code of the reason for suspension, {@code "."} (unknown) when a suspension gives
     * no reason, or null when the record is not suspended. An empty block counts as no suspension,
     * because the mock writes empty objects for absent data (every person has {@code "immigratie": {}}).
     */
    @Nullable
    String suspensionReason() {
        if (opschortingBijhouding == null) {
            return null;
        }
        var reason = opschortingBijhouding.reden();
        if (reason != null && reason.code() != null) {
            return reason.code();
        }
        return opschortingBijhouding.datum() == null && reason == null ? null : ".";
    }

    @Nullable
    String municipalityCode() {
        return gemeenteVanInschrijving == null ? null : gemeenteVanInschrijving.code();
    }
}
