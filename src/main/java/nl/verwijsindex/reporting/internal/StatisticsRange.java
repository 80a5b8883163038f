package nl.verwijsindex.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A range of whole months, both ends included, of at most {@link #MAXIMUM_MONTHS} months and none in
 * the future.
 */
record StatisticsRange(YearMonth from, YearMonth to) {

    static final int DEFAULT_MONTHS = 12;
    static final int MAXIMUM_MONTHS = 36;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    /** Returns the default range: the 12 months up to and including the current month. */
    static StatisticsRange defaultUpTo(YearMonth current) {
        return new StatisticsRange(current.minusMonths(DEFAULT_MONTHS - 1), current);
    }

    /**
     * Reads the form's {@code from} and {@code to} months. A missing {@code to} is the current month
     * and a missing {@code from} is 11 months before {@code to}.
     */
    static Parsed parse(@Nullable String from, @Nullable String to, YearMonth current) {
        var errors = new ArrayList<RangeError>();
        var toMonth = month("to", to, errors).orElse(current);
        var fromMonth = month("from", from, errors).orElse(toMonth.minusMonths(DEFAULT_MONTHS - 1));
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }

        if (fromMonth.isAfter(current)) {
            errors.add(new RangeError("from", "future", format(fromMonth), format(current)));
        }
        if (toMonth.isAfter(current)) {
            errors.add(new RangeError("to", "future", format(toMonth), format(current)));
        }
        // One error per field at most, so that the page gives each field one message.
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }

        if (toMonth.isBefore(fromMonth)) {
            errors.add(new RangeError("to", "before-from", format(toMonth), format(fromMonth)));
        } else if (monthsBetween(fromMonth, toMonth) > MAXIMUM_MONTHS) {
            errors.add(new RangeError(
                    "to", "too-long", format(toMonth), format(fromMonth), monthsBetween(fromMonth, toMonth)));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new StatisticsRange(fromMonth, toMonth), List.of());
    }

    /** Returns the months of the range, oldest first. */
    List<YearMonth> months() {
        var months = new ArrayList<YearMonth>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Returns the last day of the range that has passed: the end of {@code to}, or today when that is earlier. */
    LocalDate lastDay(LocalDate today) {
        var end = to.atEndOfMonth();
        return end.isAfter(today) ? today : end;
    }

    static String format(YearMonth month) {
        return month.format(MONTH);
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }

    private static Optional<YearMonth> month(String field, @Nullable String value, List<RangeError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value.strip(), MONTH));
        } catch (DateTimeParseException e) {
            errors.add(new RangeError(field, "format", value.strip()));
            return Optional.empty();
        }
    }

    /**
     * The outcome of reading the form: a range, or the errors that name what is wrong.
     *
     * @param range the range, or {@code null} when there are errors
     */
    record Parsed(@Nullable StatisticsRange range, List<RangeError> errors) {}

    /**
     * An invalid value of the form.
     *
     * @param field {@code from} or {@code to}
     * @param code the message key's last part, such as {@code format}
     * @param arguments the values the message names, the invalid value first
     */
    record RangeError(String field, String code, Object... arguments) {

        /** Returns the argument at the index, or an empty text when the message has fewer. Public because
         * the page template calls it, and SpEL calls only public methods. */
        public Object argument(int index) {
            return index < arguments.length ? arguments[index] : "";
        }
    }
}
