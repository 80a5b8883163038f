package nl.verwijsindex.subjectrights.internal;

import java.util.Arrays;
import java.util.Optional;

/** The kind of a request. */
enum RequestKind {
    /** A copy of everything the index keeps about the child, and who accessed it. */
    INSPECTION("inspection"),
    /** A change of data that the requester states is wrong. */
    CORRECTION("correction"),
    /** Removal of the child's signals, because the requester objects to them. */
    OBJECTION("objection");

    private final String code;

    RequestKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<RequestKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
