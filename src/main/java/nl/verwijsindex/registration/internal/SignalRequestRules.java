package nl.verwijsindex.registration.internal;

import java.text.Normalizer;
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

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    /** Anything but letters between two digits: spaces, dots, dashes, commas, underscores and the like. */
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=\\d)[^\\p{L}\\d]+(?=\\d)");

    private SignalRequestRules() {}

    static List<ApiError> check(RegisterSignal request, LocalDate today) {
        var errors = new ArrayList<ApiError>();
        if (!Bsn.isValid(request.bsn())) {
            errors.add(
                    ApiError.body(
                            "/bsn",
                            "bsn-invalid",
                            "The BSN must be 9 digits that pass the 11-test; check for a typing error or a missing leading zero"));
        }
        checkEndDate(request.endDate(), today, errors);
        checkOwnReference(request.ownReference(), errors);
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
     * control or invisible formatting characters, or a BSN, also when written with separators
     * ({@code 999 970 045}, {@code 999_970_045}) or in digits of another script.
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
        } else if (containsBsn(ownReference)) {
            errors.add(ApiError.body(
                    "/ownReference",
                    "own-reference-invalid",
                    "The own reference must not contain a BSN; use your organisation's own client number"));
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

    /**
     * Looks for nine digits that pass the 11-test, after reading digits of any script as 0 to 9
     * and joining digits separated by anything but letters, as people write long numbers.
     */
    private static boolean containsBsn(String text) {
        var asciiDigits = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().forEach(codePoint -> {
            if (Character.isDigit(codePoint)) {
                asciiDigits.append((char) ('0' + Character.digit(codePoint, 10)));
            } else {
                asciiDigits.appendCodePoint(codePoint);
            }
        });
        var joined = DIGIT_SEPARATORS.matcher(asciiDigits).replaceAll("");
        return NINE_DIGITS.matcher(joined).results().anyMatch(match -> Bsn.isValid(match.group()));
    }
}
