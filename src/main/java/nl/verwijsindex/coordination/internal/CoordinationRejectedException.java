package nl.verwijsindex.coordination.internal;

/** A member's coordination step that the match's state does not allow; nothing was changed. */
final class CoordinationRejectedException extends RuntimeException {

    /** Reason for a rejected step, with the code that the page's message keys use. */
    enum Reason {
        /** The professional to propose has no active signal in the match. */
        NOT_A_MEMBER("not-a-member"),
        /** The professional to propose, or the one accepting, works for a signal-only organisation. */
        SIGNAL_ONLY("signal-only"),
        /** The professional to propose is the match's coordinator already. */
        ALREADY_COORDINATOR("already-coordinator"),
        /** Accepting or declining while nobody is proposed. */
        NO_PROPOSAL("no-proposal"),
        /** Accepting or declining a proposal addressed to another member. */
        PROPOSED_TO_OTHER("proposed-to-other"),
        /** The member recorded contact in this match before. */
        CONTACT_ALREADY_RECORDED("contact-already-recorded");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final Reason reason;

    CoordinationRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
