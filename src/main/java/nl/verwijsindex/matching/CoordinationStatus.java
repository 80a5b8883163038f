package nl.verwijsindex.matching;

/** How far the professionals of a match are with working together, with the code used in the API. */
public enum CoordinationStatus {
    /** Nobody in the match has recorded contact yet, and there is no coordinator. */
    NEW("new"),
    /** At least one member recorded that contact was made, and there is no coordinator yet. */
    IN_CONTACT("in-contact"),
    /** A member accepted to be the coordinator (regievoerder) of the match. */
    COORDINATED("coordinated");

    private final String code;

    CoordinationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
