package nl.verwijsindex.retention;

import java.time.LocalDate;
import java.util.Optional;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;

/**
 * Reads the municipality where, by the population register's last response, a child with active
 * signals is registered. The index stores it after the registering transaction commits and refreshes it at
 * every nightly re-check, so a child registered moments ago may have none yet.
 */
public interface ChildMunicipalities {

    /**
     * Returns what the register last reported about the child, or empty when the index has not
     * looked the child up yet or keeps nothing about it (no active signal).
     */
    Optional<ChildMunicipality> find(Pseudonym child);

    /**
     * The register's response about one child.
     *
     * @param municipalityCode the four-digit code (BRP table 33) of the last Dutch municipality the
     *     child was registered in, or {@code null} when the register never named one
     * @param checkedOn the day the register was asked
     */
    record ChildMunicipality(@Nullable String municipalityCode, LocalDate checkedOn) {}
}
