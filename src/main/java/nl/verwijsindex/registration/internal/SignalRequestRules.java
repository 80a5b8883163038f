package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.system.api.ApiError;
import org.jspecify.annotations.Nullable;

/** Checks the content of a registration request before anything is looked up. */
final class SignalRequestRules {

    /** A signal runs at most two years from its registration. */
    static final int MAXIMUM_YEARS = 2;

    static final int OWN_REFERENCE_MAXIMUM_LENGTH = 100;

    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private SignalRequestRules() {}

    static List<ApiError> check(RegisterSignal request, LocalDate today) {
        return check(request.bsn(), request.endDate(), request.ownReference(), today);
    }

    /**
     * Checks a BSN, an end date and an own reference. The bulk import passes the registration date
     * of each row as {@code today}.
     */
    static List<ApiError> check(
            String bsn, @Nullable LocalDate endDate, @Nullable String ownReference, LocalDate today) {
        var errors = new ArrayList<ApiError>();
        if (!Bsn.isValid(bsn)) {
            errors.add(
                    ApiError.body(
                            "/bsn",
                            "bsn-invalid",
                            "The BSN must be 9 digits that pass the 11-test; check for a typing error or a missing leading zero"));
        }
        checkEndDate(endDate, today, errors);
        checkOwnReference(ownReference, errors);
        return errors;
    }

    /**
     * Parses an end date written as yyyy-mm-dd, and only that: a date-time or another order is empty,
     * so that a time or a misread day cannot slip in.
     */
    static Optional<LocalDate> parseEndDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks for a text in the form yyyy-mm-dd that names no day of the calendar, such as
     * 2026-02-30. Such a text gets its own message, and may be shown because it cannot be a BSN.
     */
    static boolean isImpossibleDate(String text) {
        return DATE_SHAPE.matcher(text).matches() && parseEndDate(text).isEmpty();
    }

    /**
     * Returns the detail of an API error for a date that could not be read: a text of the shape
     * yyyy-mm-dd is named as a date that does not exist, anything else gets the expected form.
     *
     * @param subject the value's name that starts the sentence, such as "The end date"
     */
    static String unreadableDateDetail(String subject, String text, String example) {
        if (isImpossibleDate(text)) {
            return subject + ", " + text + ", is not an existing date; check the day and the month";
        }
        return subject + " must be a date written as yyyy-mm-dd, for example " + example;
    }

    static LocalDate latestEndDate(LocalDate registeredOn) {
        return registeredOn.plusYears(MAXIMUM_YEARS);
    }

    private static void checkEndDate(@Nullable LocalDate endDate, LocalDate today, List<ApiError> errors) {
        if (endDate == null) {
            return;
        }
        if (endDate.isBefore(today)) {
            errors.add(ApiError.body(
                    "/endDate",
                    "end-date-invalid",
                    "The end date " + endDate + " is in the past; give a date from " + today + " on"));
        } else if (endDate.isAfter(latestEndDate(today))) {
            errors.add(ApiError.body(
                    "/endDate",
                    "end-date-invalid",
                    "The end date " + endDate + " is more than two years ahead; the latest allowed is "
                            + latestEndDate(today)));
        }
    }

    /**
     * Rejects references that could carry data about the child or mislead a reader: too long,
     * control or invisible formatting characters, or a BSN as {@link Bsn#appearsIn} finds it.
     */
    private static void checkOwnReference(@Nullable String ownReference, List<ApiError> errors) {
        if (ownReference == null) {
            return;
        }
        if (ownReference.isBlank() || ownReference.length() > OWN_REFERENCE_MAXIMUM_LENGTH) {
            errors.add(ApiError.body(
                    "/ownReference",
                    "own-reference-invalid",
                    "The own reference must be 1 to " + OWN_REFERENCE_MAXIMUM_LENGTH
                            + " characters; leave it out if you have none"));
        } else if (ownReference.codePoints().anyMatch(SignalRequestRules::isInvisible)) {
            errors.add(ApiError.body(
                    "/ownReference",
                    "own-reference-invalid",
                    "The own reference must not contain "
                            + "control or invisible formatting characters, such as line breaks or direction marks"));
        } else if (Bsn.appearsIn(ownReference)) {
            errors.add(
                    ApiError.body(
                            "/ownReference",
                            "own-reference-invalid",
                            "The own reference looks like a BSN; leave the BSN out and use your organisation's own client number"));
        }
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }
}
