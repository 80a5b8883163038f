package nl.verwijsindex.audit;

/** The outcome of an audited step. The code is stored in the entry and is part of its hash. */
public enum AuditOutcome {
    /** The step did what was requested. */
    SUCCESS("success"),
    /** The step was refused by a rule or a check, such as a wrong password or an ineligible child. */
    REJECTED("rejected"),
    /** The step was refused without being checked, because a limit such as the login rate limit applied. */
    BLOCKED("blocked"),
    /** The step could not be done because something failed, such as an unreachable population register. */
    FAILED("failed");

    private final String code;

    AuditOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * Returns the outcome with the code.
     *
     * @throws IllegalArgumentException when no outcome has the code
     */
    public static AuditOutcome ofCode(String code) {
        for (var outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("Unknown audit outcome '" + code + "'");
    }
}
