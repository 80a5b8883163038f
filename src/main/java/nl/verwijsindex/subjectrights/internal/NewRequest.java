package nl.verwijsindex.subjectrights.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The form that records a request, as typed. {@link #errors} checks it: every field is required,
 * the date received is an ISO date ({@code yyyy-mm-dd}) from one year before today up to today, and
 * the requester must fit the stated age.
 */
record NewRequest(String kind, String requester, String statedAge, String receivedOn) {

    NewRequest {
        kind = kind == null ? "" : kind.trim();
        requester = requester == null ? "" : requester.trim();
        statedAge = statedAge == null ? "" : statedAge.trim();
        receivedOn = receivedOn == null ? "" : receivedOn.trim();
    }

    static NewRequest empty() {
        return new NewRequest("", "", "", "");
    }

    /** Returns the message key of each invalid field, keyed by field name, in the order of the form. */
    Map<String, String> errors(LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        if (RequestKind.fromCode(kind).isEmpty()) {
            errors.put("kind", "rights.error.kind-missing");
        }
        var parsedRequester = Requester.fromCode(requester);
        if (parsedRequester.isEmpty()) {
            errors.put("requester", "rights.error.requester-missing");
        }
        var age = AgeCategory.fromCode(statedAge);
        if (age.isEmpty()) {
            errors.put("statedAge", "rights.error.stated-age-missing");
        } else if (parsedRequester.isPresent() && !age.get().allows(parsedRequester.get())) {
            errors.put("requester", "rights.error.age-rule." + age.get().code());
        }
        if (receivedOn.isEmpty()) {
            errors.put("receivedOn", "rights.error.received-on-missing");
        } else {
            var date = parseDate();
            if (date == null) {
                errors.put("receivedOn", "rights.error.received-on-invalid");
            } else if (date.isAfter(today)) {
                errors.put("receivedOn", "rights.error.received-on-future");
            } else if (date.isBefore(earliestReceivedOn(today))) {
                errors.put("receivedOn", "rights.error.received-on-too-old");
            }
        }
        return errors;
    }

    /**
     * Returns the earliest date received that the form accepts: one year before today. An older date
     * is almost always a typing error, and its deadline would have passed long ago.
     */
    static LocalDate earliestReceivedOn(LocalDate today) {
        return today.minusYears(1);
    }

    /** Returns the date received, or {@code null} when it is not an ISO date. */
    @Nullable
    LocalDate parseDate() {
        try {
            return LocalDate.parse(receivedOn);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
