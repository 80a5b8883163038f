package nl.verwijsindex.subjectrights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When a request is flagged as near or past its deadline, with 7 warning days. */
class DeadlineTests {

    private static final LocalDate DEADLINE = LocalDate.parse("2026-12-29");
    private static final int WARNING_DAYS = 7;

    @Test
    void nearDeadlineFromSevenDaysBefore() {
        var request = request(RequestStatus.OPEN);

        assertThat(request.nearDeadline(LocalDate.parse("2026-12-21"), WARNING_DAYS))
                .isFalse();
        assertThat(request.nearDeadline(LocalDate.parse("2026-12-22"), WARNING_DAYS))
                .isTrue();
        assertThat(request.nearDeadline(LocalDate.parse("2026-12-23"), WARNING_DAYS))
                .isTrue();
    }

    @Test
    void pastDeadlineFromDayAfter() {
        var request = request(RequestStatus.PROPOSED);

        assertThat(request.pastDeadline(LocalDate.parse("2026-12-28"))).isFalse();
        assertThat(request.pastDeadline(LocalDate.parse("2026-12-29"))).isFalse();
        assertThat(request.pastDeadline(LocalDate.parse("2026-12-30"))).isTrue();
        assertThat(request.nearDeadline(LocalDate.parse("2026-12-30"), WARNING_DAYS))
                .isTrue();
    }

    @Test
    void approvedRequestIsNeverFlagged() {
        var request = request(RequestStatus.APPROVED);

        assertThat(request.nearDeadline(LocalDate.parse("2026-12-29"), WARNING_DAYS))
                .isFalse();
        assertThat(request.pastDeadline(LocalDate.parse("2027-01-30"))).isFalse();
    }

    private static RightsRequest request(RequestStatus status) {
        return new RightsRequest(
                UUID.randomUUID(),
                1,
                UUID.randomUUID(),
                RequestKind.INSPECTION,
                Requester.PARENT,
                AgeCategory.UNDER_12,
                DEADLINE.minusDays(28),
                DEADLINE,
                status,
                UUID.randomUUID(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
