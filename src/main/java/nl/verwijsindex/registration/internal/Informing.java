package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the professional recorded about informing the parents and the child of a signal.
 *
 * @param informedOn the day they were informed, or {@code null} when that is not recorded
 * @param parentsInformed whether the parents were informed on that day
 * @param childInformed whether the child was informed on that day
 * @param postponedOn the day the professional recorded that informing was postponed, or
 *     {@code null}. It is kept after informing is recorded, as the history of the signal
 */
record Informing(
        @Nullable LocalDate informedOn,
        boolean parentsInformed,
        boolean childInformed,
        @Nullable LocalDate postponedOn) {

    static Informing notRecorded() {
        return new Informing(null, false, false, null);
    }

    public Status status() {
        if (informedOn != null) {
            return Status.INFORMED;
        }
        return postponedOn != null ? Status.POSTPONED : Status.NOT_RECORDED;
    }

    /** Returns {@code parents}, {@code child} or {@code both} for who was informed, or null when nobody was recorded. */
    @Nullable
    public String informedPartiesCode() {
        if (parentsInformed && childInformed) {
            return "both";
        }
        if (parentsInformed) {
            return "parents";
        }
        return childInformed ? "child" : null;
    }

    enum Status {
        /** Neither informing nor postponing it is recorded, so the professional still has to act. */
        NOT_RECORDED("not-recorded"),
        POSTPONED("postponed"),
        INFORMED("informed");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
