package nl.verwijsindex.access;

/** Raised when a new password is shorter than 12 characters or on the list of common passwords. */
public class WeakPasswordException extends RuntimeException {

    public WeakPasswordException(String message) {
        super(message);
    }
}
