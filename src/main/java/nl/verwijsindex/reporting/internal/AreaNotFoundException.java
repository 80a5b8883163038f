package nl.verwijsindex.reporting.internal;

/**
 * No municipality or region whose statistics the logged-in account may read. The pages send the same
 * 404 for one that does not exist, so they reveal nothing.
 */
class AreaNotFoundException extends RuntimeException {

    AreaNotFoundException() {
        super(null, null, false, false);
    }
}
