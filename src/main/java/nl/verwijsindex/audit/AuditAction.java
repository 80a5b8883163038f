package nl.verwijsindex.audit;

/** The kind of an audited step. The code is stored in the entry and is part of its hash. */
public enum AuditAction {
    /** Showed or returned stored data. */
    READ("read"),
    /** Created, changed or destroyed stored data. */
    WRITE("write"),
    /** Looked data up by a search key, such as a BSN inside a rights request. */
    SEARCH("search"),
    /** Produced a copy of data outside the index, such as a letter or a file. */
    EXPORT("export"),
    /** Sent an email or another message. */
    NOTIFICATION("notification"),
    /** A successful login. */
    LOGIN("login"),
    /** A login that was rejected or blocked. */
    LOGIN_FAILED("login-failed");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * Returns the action with the code.
     *
     * @throws IllegalArgumentException when no action has the code
     */
    public static AuditAction ofCode(String code) {
        for (var action : values()) {
            if (action.code.equals(code)) {
                return action;
            }
        }
        throw new IllegalArgumentException("Unknown audit action '" + code + "'");
    }
}
