package nl.verwijsindex.registration;

/** The import could not run or had to stop; the message says why and what to do. */
public class SignalImportException extends RuntimeException {

    public SignalImportException(String message) {
        super(message);
    }

    public SignalImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
