package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.registration.SignalRetention;
import nl.verwijsindex.system.api.ApiError;
import org.jspecify.annotations.Nullable;

/**
 * Checks one line of an import file by the rules that need no look-up: the columns, the dates,
 * and the registration rules of {@link SignalRequestRules} for the BSN, the end date and the own
 * reference, with the row's registration date in place of today. Details name the column and the
 * fix and never repeat a value that could be a BSN.
 */
final class ImportRowRules {

    static final String RISK_GONE = "risk-gone";
    static final String END_DATE = "end-date";

    private static final int OWN_REFERENCE = 4;

    private static final List<String> COLUMN_NAMES = List.of(ImportCsv.HEADER.split(","));

    /**
     * The code of a value with a space around it, by column. The entry of own_reference is never
     * used, because an own reference may contain spaces.
     */
    private static final List<String> SPACE_CODES = List.of(
            "bsn-invalid",
            "professional-id-invalid",
            "date-invalid",
            "date-invalid",
            "own-reference-invalid",
            "date-invalid",
            "end-reason-invalid");

    private final LocalDate today;

    /**
     * Dates and professionals repeat across a large file, so each distinct text is parsed once and
     * the rows share one object per value. Invalid values are not kept.
     */
    private final Map<String, LocalDate> dates = new HashMap<>();

    private final Map<String, UUID> professionals = new HashMap<>();

    ImportRowRules(LocalDate today) {
        this.today = today;
    }

    ImportLine check(int line, String text) {
        if (text.isBlank()) {
            return reject(
                    line,
                    "column-count",
                    "The line is empty or contains only spaces; delete it, or give the " + ImportCsv.COLUMNS
                            + " columns of the import format: " + ImportCsv.HEADER);
        }
        var parsed = ImportCsv.fields(text);
        if (parsed.isEmpty()) {
            return reject(
                    line,
                    "column-count",
                    "A quoted field is not closed, or text follows its closing quote; put each field that"
                            + " contains a comma or a quote in double quotes and double the quotes inside, and keep"
                            + " each field on one line");
        }
        var fields = parsed.get();
        if (fields.size() != ImportCsv.COLUMNS) {
            return reject(
                    line,
                    "column-count",
                    "The line has " + fields.size() + " columns, the import format has " + ImportCsv.COLUMNS + ": "
                            + ImportCsv.HEADER);
        }

        var spaced = spacedColumn(fields);
        if (spaced >= 0) {
            return reject(
                    line,
                    SPACE_CODES.get(spaced),
                    COLUMN_NAMES.get(spaced) + " has a space before or after its value; remove the space");
        }

        var professionalId = uuid(fields.get(1));
        if (professionalId == null) {
            return reject(
                    line,
                    "professional-id-invalid",
                    "professional_id must be the UUID of a professional in"
                            + " this index, such as 7d4c2f1e-0b7a-4c52-9a35-2f5d8c1e6a90");
        }
        var registeredOn = date(fields.get(2));
        if (registeredOn == null) {
            return reject(line, "date-invalid", dateDetail("registered_on", fields.get(2), true));
        }
        var endDate = optionalDate(fields.get(3));
        if (endDate == null) {
            return reject(line, "date-invalid", dateDetail("end_date", fields.get(3), false));
        }
        var endedOn = optionalDate(fields.get(5));
        if (endedOn == null) {
            return reject(line, "date-invalid", dateDetail("ended_on", fields.get(5), false));
        }

        var ownReference = fields.get(4).isEmpty() ? null : fields.get(4);
        var errors = SignalRequestRules.check(fields.get(0), endDate.orElse(null), ownReference, registeredOn);
        if (!errors.isEmpty()) {
            return reject(line, errors.get(0), registeredOn);
        }

        var row = new ImportRow(
                line,
                Integer.parseInt(fields.get(0)),
                professionalId,
                registeredOn,
                endDate.orElse(null),
                ownReference,
                endedOn.orElse(null),
                endReason(fields.get(6)));
        var datesRejection = checkDates(row);
        return datesRejection != null ? datesRejection : row;
    }

    /** Checks the registration date against today and, for an archived row, the end of the signal. */
    private @Nullable ImportRejection checkDates(ImportRow row) {
        int line = row.line();
        if (row.registeredOn().isAfter(today)) {
            return reject(
                    line,
                    "registered-on-invalid",
                    "registered_on " + row.registeredOn() + " is after today, " + today
                            + "; give the day the signal was registered in the index it comes from");
        }
        var endedOn = row.endedOn();
        if (endedOn == null) {
            if (row.endReason() != null) {
                return reject(
                        line,
                        "end-reason-invalid",
                        "end_reason is set but ended_on is empty; leave end_reason"
                                + " empty for an active signal, or give the day it ended in ended_on");
            }
            return null;
        }
        if (!List.of(RISK_GONE, END_DATE).contains(row.endReason())) {
            return reject(
                    line,
                    "end-reason-invalid",
                    "end_reason must be " + RISK_GONE + " or " + END_DATE
                            + " when ended_on is set; signals destroyed as unjustified are not imported");
        }
        if (endedOn.isBefore(row.registeredOn()) || endedOn.isAfter(today)) {
            return reject(
                    line,
                    "ended-on-invalid",
                    "ended_on " + endedOn + " must be from registered_on " + row.registeredOn() + " to today, " + today
                            + "; correct the day the signal ended");
        }
        if (!endedOn.plus(SignalRetention.ARCHIVE_PERIOD).isAfter(today)) {
            return reject(
                    line,
                    "archive-expired",
                    "ended_on " + endedOn + " is five years ago or longer, so the"
                            + " index would destroy the signal at once; leave the line out");
        }
        return null;
    }

    /** Turns a rule's error into a rejection that names the column. */
    private static ImportRejection reject(int line, ApiError error, LocalDate registeredOn) {
        var detail = switch (error.code()) {
            case "bsn-invalid" ->
                "bsn must be 9 digits that pass the 11-test; check for a typing error or a" + " missing leading zero";
            case "end-date-invalid" ->
                "end_date must be from registered_on " + registeredOn + " to "
                        + SignalRequestRules.latestEndDate(registeredOn)
                        + "; correct it, or leave it empty for the organisation's default";
            default -> "own_reference: " + lowerFirst(error.detail());
        };
        return reject(line, error.code(), detail);
    }

    /**
     * Returns the first column, other than {@code own_reference}, whose value starts or ends with
     * white space, or -1. Such a value would otherwise be rejected as invalid without naming the space.
     */
    private static int spacedColumn(List<String> fields) {
        for (int column = 0; column < fields.size(); column++) {
            var field = fields.get(column);
            if (column != OWN_REFERENCE && !field.equals(field.strip())) {
                return column;
            }
        }
        return -1;
    }

    /** Lowers the first letter of a sentence that follows a column name and a colon. */
    static String lowerFirst(String sentence) {
        if (sentence.isEmpty()) {
            return sentence;
        }
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static ImportRejection reject(int line, String code, String detail) {
        return new ImportRejection(line, code, detail);
    }

    private static String dateDetail(String column, String text, boolean required) {
        if (text.isEmpty() && required) {
            return column + " is missing; give the date as yyyy-mm-dd";
        }
        return SignalRequestRules.unreadableDateDetail(column, text, "2026-12-04");
    }

    private @Nullable LocalDate date(String text) {
        var known = dates.get(text);
        if (known != null) {
            return known;
        }
        var parsed = SignalRequestRules.parseEndDate(text).orElse(null);
        if (parsed != null) {
            dates.put(text, parsed);
        }
        return parsed;
    }

    /** Returns the code as one of the two constants, so that rows share them, or the text when it is another. */
    private static @Nullable String endReason(String text) {
        return switch (text) {
            case "" -> null;
            case RISK_GONE -> RISK_GONE;
            case END_DATE -> END_DATE;
            default -> text;
        };
    }

    /** Returns empty for an empty field, the date for a valid one, and {@code null} for an invalid one. */
    @SuppressWarnings("OptionalAssignedToNull")
    private @Nullable Optional<LocalDate> optionalDate(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var parsed = date(text);
        return parsed == null ? null : Optional.of(parsed);
    }

    private @Nullable UUID uuid(String text) {
        var known = professionals.get(text);
        if (known != null || text.length() != 36) {
            return known;
        }
        try {
            var parsed = UUID.fromString(text);
            professionals.put(text, parsed);
            return parsed;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
