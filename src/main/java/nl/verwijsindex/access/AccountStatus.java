package nl.verwijsindex.access;

/** Whether a login account can be used. */
public enum AccountStatus {
    /** The account was created by an invitation that has not been accepted yet. */
    INVITED("invited"),
    /** The account can log in. */
    ACTIVE("active"),
    /** The account was deactivated and cannot log in. */
    DEACTIVATED("deactivated");

    private final String code;

    AccountStatus(String code) {
        this.code = code;
    }

    /** Returns the code used in message keys, such as {@code deactivated}. */
    public String code() {
        return code;
    }
}
