package nl.verwijsindex.registration;

/** The import could not run or had to stop. The message gives the reason and the next step. */
public class SignalImportException extends RuntimeException {

    public SignalImportException(String message) {
        super(message);
    }

    public SignalImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
