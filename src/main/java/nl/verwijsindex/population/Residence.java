package nl.verwijsindex.population;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Residence of a person as the register records it.
 *
 * @param status whether the person lives in a Dutch municipality
 * @param municipalityCode the four-digit municipality code (BRP table 33) when resident
 */
public record Residence(Status status, @Nullable String municipalityCode) {

    public enum Status {
        /** Registered in a Dutch municipality. */
        RESIDENT,
        /** The record is suspended because the person emigrated. */
        EMIGRATED,
        /** Kept in the register of non-residents (RNI), code 1999. */
        NON_RESIDENT
    }

    public static Residence in(String municipalityCode) {
        return new Residence(Status.RESIDENT, municipalityCode);
    }

    public static Residence emigrated() {
        return new Residence(Status.EMIGRATED, null);
    }

    public static Residence nonResident() {
        return new Residence(Status.NON_RESIDENT, null);
    }

    public boolean resident() {
        return status == Status.RESIDENT;
    }

    public Optional<String> municipality() {
        return Optional.ofNullable(municipalityCode);
    }
}
