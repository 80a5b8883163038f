package nl.verwijsindex.organisations.municipality;

/**
 * No municipality, or no organisation of it, that the logged-in account may manage. The pages send
 * the same 404 for a foreign municipality as for one that does not exist, so they reveal nothing.
 */
class MunicipalityNotFoundException extends RuntimeException {

    MunicipalityNotFoundException() {
        super(null, null, false, false);
    }
}
