package nl.verwijsindex.access;

/** An active API client of the organisation already has the requested name. */
public final class ApiClientNameTakenException extends RuntimeException {

    public ApiClientNameTakenException() {
        super("An active API client of the organisation already has this name");
    }
}
