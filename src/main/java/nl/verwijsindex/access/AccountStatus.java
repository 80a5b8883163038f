package nl.verwijsindex.access;

/** Whether an account can log in, for the lists on administrators' pages. */
public enum AccountStatus {
    /** Invited, and the invitation has not been accepted yet; it may have expired. */
    INVITED,
    /** Has a password and a second factor, and can log in. */
    ACTIVE,
    /** Deactivated by an administrator; cannot log in until it is reactivated. */
    DEACTIVATED
}
