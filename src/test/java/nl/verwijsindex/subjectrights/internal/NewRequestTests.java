package nl.verwijsindex.subjectrights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The checks of the form that records a request. */
class NewRequestTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-04");

    @Test
    void validFormHasNoErrors() {
        var form = new NewRequest("inspection", "parent", "under-12", "2026-12-04");

        assertThat(form.errors(TODAY)).isEmpty();
    }

    @Test
    void emptyFormNamesEveryField() {
        assertThat(NewRequest.empty().errors(TODAY))
                .containsExactly(
                        java.util.Map.entry("kind", "rights.error.kind-missing"),
                        java.util.Map.entry("requester", "rights.error.requester-missing"),
                        java.util.Map.entry("statedAge", "rights.error.stated-age-missing"),
                        java.util.Map.entry("receivedOn", "rights.error.received-on-missing"));
    }

    @Test
    void rejectsRequesterThatBreaksAgeRule() {
        assertThat(new NewRequest("objection", "child", "12-to-15", "2026-12-01").errors(TODAY))
                .containsExactly(java.util.Map.entry("requester", "rights.error.age-rule.12-to-15"));
        assertThat(new NewRequest("objection", "parent", "16-and-older", "2026-12-01").errors(TODAY))
                .containsExactly(java.util.Map.entry("requester", "rights.error.age-rule.16-and-older"));
        assertThat(new NewRequest("objection", "parent-and-child", "under-12", "2026-12-01").errors(TODAY))
                .containsExactly(java.util.Map.entry("requester", "rights.error.age-rule.under-12"));
    }

    @Test
    void acceptsTodayAndRejectsTomorrow() {
        assertThat(new NewRequest("inspection", "child", "16-and-older", "2026-12-04").errors(TODAY))
                .isEmpty();
        assertThat(new NewRequest("inspection", "child", "16-and-older", "2026-12-05").errors(TODAY))
                .containsExactly(java.util.Map.entry("receivedOn", "rights.error.received-on-future"));
    }

    @Test
    void rejectsDateThatDoesNotExist() {
        assertThat(new NewRequest("inspection", "child", "16-and-older", "2026-02-30").errors(TODAY))
                .containsExactly(java.util.Map.entry("receivedOn", "rights.error.received-on-invalid"));
    }

    @Test
    void receivedOnOneYearBackBoundary() {
        assertThat(NewRequest.earliestReceivedOn(TODAY)).isEqualTo(LocalDate.parse("2025-12-04"));
        assertThat(new NewRequest("inspection", "child", "16-and-older", "2025-12-05").errors(TODAY))
                .isEmpty();
        assertThat(new NewRequest("inspection", "child", "16-and-older", "2025-12-04").errors(TODAY))
                .isEmpty();
        assertThat(new NewRequest("inspection", "child", "16-and-older", "2025-12-03").errors(TODAY))
                .containsExactly(java.util.Map.entry("receivedOn", "rights.error.received-on-too-old"));
        assertThat(new NewRequest("inspection", "child", "16-and-older", "1900-01-01").errors(TODAY))
                .containsExactly(java.util.Map.entry("receivedOn", "rights.error.received-on-too-old"));
    }
}
