package nl.verwijsindex.registration.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds rows that repeat a row accepted earlier in the same run: the same child, professional and
 * registration date, or a second active signal of one professional on one child, which a
 * registration would never make. Only rows that passed every other check count as accepted, both
 * the rows stored and those already present, so a rejected row never makes a later row a duplicate.
 *
 * <p>The writer checks each row in the order the rows are stored, by registration date and then by
 * line, across all chunks. Of two rows with the same registration date the earlier line is
 * kept, and of two active rows the one registered first.
 */
final class ImportDuplicates {

    private record ChildAndProfessional(int bsnNumber, UUID professionalId) {}

    /** The pairs that occur on two or more rows of the file: only their rows can be duplicates. */
    private final Set<ChildAndProfessional> repeated;

    private final Map<ChildAndProfessional, List<ImportRow>> accepted = new HashMap<>();

    private ImportDuplicates(Set<ChildAndProfessional> repeated) {
        this.repeated = repeated;
    }

    /**
     * Returns the tracker for the rows of one file. It keeps only the pairs of child and
     * professional that occur more than once, so that a file of a million distinct rows costs no
     * memory beyond this scan.
     */
    static ImportDuplicates of(List<ImportRow> rows) {
        var sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(ImportRow::bsnNumber).thenComparing(ImportRow::professionalId));
        var repeated = new HashSet<ChildAndProfessional>();
        for (int i = 1; i < sorted.size(); i++) {
            var previous = pair(sorted.get(i - 1));
            if (previous.equals(pair(sorted.get(i)))) {
                repeated.add(previous);
            }
        }
        return new ImportDuplicates(repeated);
    }

    /** Returns the {@code duplicate-in-file} rejection when the row repeats an accepted row. */
    Optional<ImportRejection> check(ImportRow row) {
        var earlier = accepted.getOrDefault(pair(row), List.of());
        for (var other : earlier) {
            if (other.registeredOn().equals(row.registeredOn())) {
                return Optional.of(new ImportRejection(
                        row.line(),
                        "duplicate-in-file",
                        "bsn, professional_id and registered_on are the same as on line " + other.line()
                                + "; remove one of the two lines"));
            }
        }
        if (!row.active()) {
            return Optional.empty();
        }
        for (var other : earlier) {
            if (other.active()) {
                return Optional.of(new ImportRejection(
                        row.line(),
                        "duplicate-in-file",
                        "line " + other.line()
                                + " already has an active signal of this professional_id on the same bsn, and a"
                                + " professional has one active signal per child; give one of the two an ended_on"
                                + " and end_reason"));
            }
        }
        return Optional.empty();
    }

    /** Records a row that passed every check, as stored or already present. */
    void accept(ImportRow row) {
        var key = pair(row);
        if (repeated.contains(key)) {
            accepted.computeIfAbsent(key, ignored -> new ArrayList<>()).add(row);
        }
    }

    private static ChildAndProfessional pair(ImportRow row) {
        return new ChildAndProfessional(row.bsnNumber(), row.professionalId());
    }
}
