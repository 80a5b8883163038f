package nl.verwijsindex.subjectrights.internal;

import java.util.UUID;

/** No request with the id exists in the officer's municipality. */
class RequestNotFoundException extends RuntimeException {

    RequestNotFoundException(UUID id) {
        super("Rights request " + id + " not found in the officer's municipality");
    }
}
