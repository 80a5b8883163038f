package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.Optional;
import nl.verwijsindex.organisations.Professional;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.system.api.ApiError;
import org.jspecify.annotations.Nullable;

/**
 * Checks an import row against its professional and the population register's person, by the
 * rules of a registration on the row's registration date ({@link ChildEligibility}), and against
 * today, because a signal that the index would end or destroy at once is not imported.
 */
final class ImportChildRules {

    private ImportChildRules() {}

    static Optional<ImportRejection> check(
            ImportRow row, @Nullable Professional professional, @Nullable Person person, LocalDate today) {
        int line = row.line();
        if (professional == null) {
            return reject(
                    line,
                    "professional-unknown",
                    "professional_id " + row.professionalId()
                            + " is not a professional in this index; add the professional first or correct the id");
        }
        if (!professional.mayRegister()) {
            return reject(
                    line,
                    "professional-inactive",
                    "professional_id " + professional.id()
                            + " is deactivated or its organisation is not connected, so it may not register signals;"
                            + " activate the professional or transfer the signal to a colleague in the file");
        }
        if (person == null) {
            return reject(
                    line,
                    "person-not-found",
                    "bsn: the population register has no person with this BSN;"
                            + " check the number in the index the signal comes from");
        }

        var eligibility = ChildEligibility.check(person, row.registeredOn());
        if (eligibility.isPresent()) {
            var error = eligibility.get();
            return reject(line, error.code(), eligibilityDetail(error, row.registeredOn()));
        }
        var lastDay = ChildEligibility.lastDayBeforeAgeLimit(person).orElseThrow();
        if (lastDay.isBefore(today)) {
            return reject(
                    line,
                    "person-too-old",
                    "bsn: this person is 23 or older on " + today
                            + ", so the index would destroy the signal at once; leave the line out");
        }

        var endDate = RegistrationService.endDate(row.endDate(), professional, person, row.registeredOn());
        if (row.active() && endDate.isBefore(today)) {
            var subject = row.endDate() != null
                    ? "end_date " + endDate
                    : "end_date is empty and the organisation's default from registered_on is " + endDate + ", which";
            return reject(
                    line,
                    "end-date-passed",
                    subject + " is before today, " + today
                            + ", while ended_on is empty; give ended_on and end_reason " + ImportRowRules.END_DATE
                            + " to import the signal as archived");
        }
        return Optional.empty();
    }

    /** Words the reason of {@link ChildEligibility} for the report, with what to do about the line. */
    private static String eligibilityDetail(ApiError error, LocalDate registeredOn) {
        return switch (error.code()) {
            case "person-deceased" ->
                "bsn: the population register records this person as deceased, and a signal is only for a living"
                        + " child; leave the line out";
            case "person-not-resident" ->
                "bsn: this person does not live in a Dutch municipality (emigrated or registered as"
                        + " non-resident), so the index does not apply; leave the line out";
            case "person-birth-date-unknown" ->
                "bsn: the population register has no birth year for this person, so the index cannot establish"
                        + " that they are younger than 23; leave the line out";
            case "person-too-old" ->
                "bsn: this person is 23 or older on registered_on " + registeredOn + ", and the index is for"
                        + " children and young people up to their 23rd birthday; correct registered_on or leave the"
                        + " line out";
            default -> "bsn: " + ImportRowRules.lowerFirst(error.detail());
        };
    }

    private static Optional<ImportRejection> reject(int line, String code, String detail) {
        return Optional.of(new ImportRejection(line, code, detail));
    }
}
