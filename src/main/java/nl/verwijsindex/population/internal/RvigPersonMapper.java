package nl.verwijsindex.population.internal;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BirthDate;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.Residence;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps persons of the RvIG persons file to {@link Person}s and counts the values it could not read.
 * Reason codes for suspension are those of the BRP table "Reden opschorting bijhouding".
 */
final class RvigPersonMapper {

    /** Municipality code 1999: the register of non-residents (RNI). */
    static final String NON_RESIDENTS_MUNICIPALITY = "1999";

    /** A reason why a record in the file is not loaded as a person. */
    enum SkipReason {
        INVALID_BSN("BSN missing or failing the 11-test"),
        SUSPENDED_IN_ERROR("suspended as made in error (F)"),
        SUSPENDED_BY_MINISTERIAL_DECISION("suspended by ministerial decision (M)"),
        SUSPENDED_FOR_UNKNOWN_REASON("suspended for an unknown or unlisted reason"),
        MISSING_MUNICIPALITY("no municipality of registration");

        final String description;

        SkipReason(String description) {
            this.description = description;
        }
    }

    private int unreadableBirthDates;
    private int invalidParentBsns;

    /** Returns why the record cannot count as a person, or null when it can. */
    @Nullable
    SkipReason skipReason(RvigPerson record) {
        var bsn = record.burgerservicenummer();
        if (bsn == null || !Bsn.isValid(bsn)) {
            return SkipReason.INVALID_BSN;
        }

        var reason = record.suspensionReason();
        if (reason == null) {
            return record.municipalityCode() == null ? SkipReason.MISSING_MUNICIPALITY : null;
        }
        return switch (reason) {
            // Death: a real person, rejected by the rule that the person is alive.
            case "O" -> record.municipalityCode() == null ? SkipReason.MISSING_MUNICIPALITY : null;
            // Emigration and a record made in the RNI: a real person who does not live in a Dutch
            // municipality, rejected by that rule, so no municipality is needed.
            case "E", "R" -> null;
            // The record was made in error, for example a second record for someone who already
            // has one, so it describes no person.
            case "F" -> SkipReason.SUSPENDED_IN_ERROR;
            // The minister ordered the register to stop keeping this record. A record that is no
            // longer kept cannot show that the person is alive and lives in a Dutch municipality.
            case "M" -> SkipReason.SUSPENDED_BY_MINISTERIAL_DECISION;
            // "." (unknown) or a code outside the table: as with M, the register no longer keeps
            // the record, for no stated reason, so it cannot show where the person lives.
            default -> SkipReason.SUSPENDED_FOR_UNKNOWN_REASON;
        };
    }

    /** Maps a record for which {@link #skipReason} returned null. */
    Person toPerson(RvigPerson record) {
        return new Person(
                Bsn.of(Objects.requireNonNull(record.burgerservicenummer(), "skipReason checks the BSN")),
                birthDate(record),
                deceased(record),
                residence(record),
                parentBsns(record),
                secret(record));
    }

    int unreadableBirthDates() {
        return unreadableBirthDates;
    }

    int invalidParentBsns() {
        return invalidParentBsns;
    }

    private BirthDate birthDate(RvigPerson record) {
        var birth = record.geboorte();
        if (birth == null || birth.datum() == null) {
            return BirthDate.unknown();
        }
        try {
            return BirthDate.parse(birth.datum());
        } catch (IllegalArgumentException | DateTimeException e) {
            // A date that is not yyyymmdd, or a day that does not exist, proves no age, the same as
            // a wholly unknown date.
            unreadableBirthDates++;
            return BirthDate.unknown();
        }
    }

    private static boolean deceased(RvigPerson record) {
        return hasFields(record.overlijden()) || "O".equals(record.suspensionReason());
    }

    private static Residence residence(RvigPerson record) {
        var reason = record.suspensionReason();
        if ("E".equals(reason)) {
            return Residence.emigrated();
        }
        if ("R".equals(reason) || NON_RESIDENTS_MUNICIPALITY.equals(record.municipalityCode())) {
            return Residence.nonResident();
        }
        return Residence.in(Objects.requireNonNull(record.municipalityCode(), "skipReason checks the municipality"));
    }

    /**
     * Returns the valid BSNs of the parents on the person's own record, without duplicates. Parents
     * without a BSN are left out, because they cannot give a family match.
     */
    private List<Bsn> parentBsns(RvigPerson record) {
        var parents = new LinkedHashSet<Bsn>();
        for (var parent : record.parents()) {
            if (parent == null || parent.burgerservicenummer() == null) {
                continue;
            }
            var bsn = Bsn.parse(parent.burgerservicenummer());
            if (bsn.isPresent()) {
                parents.add(bsn.get());
            } else {
                invalidParentBsns++;
            }
        }
        return new ArrayList<>(parents);
    }

    private static boolean secret(RvigPerson record) {
        var indication = record.geheimhoudingPersoonsgegevens();
        return indication != null && !indication.isBlank() && !indication.equals("0");
    }

    /**
     * Returns whether the block has fields. An empty block counts as absent, because the mock
     * writes empty objects for absent data.
     */
    private static boolean hasFields(@Nullable JsonNode block) {
        return block != null && block.isObject() && !block.isEmpty();
    }
}
