package nl.verwijsindex.population.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BirthDate;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.Residence;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Maps a person of a {@code RaadpleegMetBurgerservicenummer} response of the BRP Personen API 2.x
 * to a {@link Person}. The API delivers {@code opschortingBijhouding} and
 * {@code geheimhoudingPersoonsgegevens} without being asked, and leaves out every field that has no
 * value. Reason codes for suspension are those of the BRP table "Reden opschorting bijhouding", and
 * they are read the same way as by the persons file adapter.
 */
final class BrpPersonMapper {

    private static final Logger log = LoggerFactory.getLogger(BrpPersonMapper.class);

    private BrpPersonMapper() {}

    /**
     * Returns the person, or empty when the record describes no person the index can use: its
     * record was made in error ({@code F}), the minister ordered it no longer kept ({@code M}), it is
     * suspended for an unknown reason, or it names no municipality of registration.
     */
    static Optional<Person> toPerson(Bsn bsn, JsonNode person) {
        var suspension = text(person.path("opschortingBijhouding").path("reden").path("code"));
        var municipality = text(person.path("gemeenteVanInschrijving").path("code"));
        if (suspension != null && !suspension.equals("O") && !suspension.equals("E") && !suspension.equals("R")) {
            log.debug(
                    "The population register returned a record suspended with reason {}; treated as not found",
                    suspension);
            return Optional.empty();
        }
        if (municipality == null && suspension == null) {
            log.debug(
                    "The population register returned a record without municipality of registration; treated as not found");
            return Optional.empty();
        }

        var deceased = suspension != null && suspension.equals("O") || hasDate(person.path("overlijden"));
        return Optional.of(new Person(
                bsn,
                birthDate(person.path("geboorte").path("datum")),
                deceased,
                residence(suspension, municipality),
                parentBsns(person.path("ouders")),
                person.path("geheimhoudingPersoonsgegevens").asBoolean(false)));
    }

    /**
     * Reads a date of the API's four kinds: {@code Datum} (complete, ISO 8601), {@code JaarMaandDatum},
     * {@code JaarDatum} and {@code DatumOnbekend}. A missing or unreadable date counts as unknown,
     * which proves no age.
     */
    static BirthDate birthDate(JsonNode date) {
        var type = text(date.path("type"));
        try {
            return switch (type == null ? "" : type) {
                case "Datum" -> BirthDate.of(LocalDate.parse(String.valueOf(text(date.path("datum")))));
                case "JaarMaandDatum" -> new BirthDate(year(date), month(date), null);
                case "JaarDatum" -> new BirthDate(year(date), null, null);
                default -> BirthDate.unknown();
            };
        } catch (DateTimeException | IllegalArgumentException e) {
            log.warn(
                    "The population register returned a birth date of type {} that cannot be read; treated as unknown",
                    type);
            return BirthDate.unknown();
        }
    }

    private static int year(JsonNode date) {
        int year = date.path("jaar").asInt(0);
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
        return year;
    }

    private static int month(JsonNode date) {
        int month = date.path("maand").asInt(0);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range");
        }
        return month;
    }

    /** Returns whether the block holds a date of any kind, also a wholly unknown one. */
    private static boolean hasDate(JsonNode block) {
        return block.path("datum").isObject();
    }

    private static Residence residence(@Nullable String suspension, @Nullable String municipality) {
        if ("E".equals(suspension)) {
            return Residence.emigrated();
        }
        if ("R".equals(suspension) || RvigPersonMapper.NON_RESIDENTS_MUNICIPALITY.equals(municipality)) {
            return Residence.nonResident();
        }
        if (municipality == null) {
            // Only a deceased person's record gets here, and it names no municipality they lived in.
            return Residence.nonResident();
        }
        return Residence.in(municipality);
    }

    /** Returns the valid BSNs of the parents on the person's own record, without duplicates. */
    private static ArrayList<Bsn> parentBsns(JsonNode parents) {
        var bsns = new LinkedHashSet<Bsn>();
        for (var parent : parents) {
            var value = text(parent.path("burgerservicenummer"));
            if (value != null) {
                Bsn.parse(value).ifPresent(bsns::add);
            }
        }
        return new ArrayList<>(bsns);
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }
}
