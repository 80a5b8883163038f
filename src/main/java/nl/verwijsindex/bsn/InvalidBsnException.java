package nl.verwijsindex.bsn;

/** Thrown for a value that is not nine digits or fails the 11-test. The message never contains the value. */
public class InvalidBsnException extends IllegalArgumentException {

    public InvalidBsnException() {
        super("A BSN is nine digits that pass the 11-test");
    }
}
