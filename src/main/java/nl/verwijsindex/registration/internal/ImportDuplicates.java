package nl.verwijsindex.registration.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Finds rows that repeat an earlier row of the file: the same child, professional and registration
 * date, or a second active signal of one professional on one child, which a registration would
 * never make. The first line is kept and each later one is rejected as {@code duplicate-in-file}.
 */
final class ImportDuplicates {

    /** Orders the rows of one child and professional together. */
    private static final Comparator<ImportRow> BY_CHILD_AND_PROFESSIONAL =
            Comparator.comparingInt(ImportRow::bsnNumber).thenComparing(ImportRow::professionalId);

    /** Orders them as above, and each group in the order of the file. */
    private static final Comparator<ImportRow> BY_SIGNAL = BY_CHILD_AND_PROFESSIONAL.thenComparingInt(ImportRow::line);

    private ImportDuplicates() {}

    /** Returns the rows without the duplicates, in the order given, and adds a rejection for each duplicate. */
    static List<ImportRow> remove(List<ImportRow> rows, List<ImportRejection> rejections) {
        var sorted = new ArrayList<>(rows);
        sorted.sort(BY_SIGNAL);
        var duplicates = new HashSet<Integer>();
        int groupStart = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || BY_CHILD_AND_PROFESSIONAL.compare(sorted.get(i), sorted.get(groupStart)) != 0) {
                findInGroup(sorted.subList(groupStart, i), duplicates, rejections);
                groupStart = i;
            }
        }
        if (duplicates.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(row -> !duplicates.contains(row.line())).toList();
    }

    /** Checks the rows of one child and professional, in the order of the file. */
    private static void findInGroup(
            List<ImportRow> group, HashSet<Integer> duplicates, List<ImportRejection> rejections) {
        if (group.size() < 2) {
            return;
        }
        ImportRow firstActive = null;
        var distinct = new ArrayList<ImportRow>();
        for (var row : group) {
            var same = distinct.stream()
                    .filter(earlier -> earlier.registeredOn().equals(row.registeredOn()))
                    .findFirst();
            if (same.isPresent()) {
                duplicates.add(row.line());
                rejections.add(new ImportRejection(
                        row.line(),
                        "duplicate-in-file",
                        "bsn, professional_id and"
                                + " registered_on are the same as on line "
                                + same.get().line()
                                + "; remove one of the two lines"));
            } else if (row.active() && firstActive != null) {
                duplicates.add(row.line());
                rejections.add(new ImportRejection(
                        row.line(),
                        "duplicate-in-file",
                        "line " + firstActive.line()
                                + " already has an active signal of this professional_id on the same bsn, and a professional"
                                + " has one active signal per child; give one of the two an ended_on and end_reason"));
            } else {
                distinct.add(row);
                if (row.active()) {
                    firstActive = row;
                }
            }
        }
    }
}
