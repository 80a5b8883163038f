package nl.verwijsindex.subjectrights.internal;

import java.util.Arrays;
import java.util.Optional;

/** The person who made the request, and the capacity they made it in. */
enum Requester {
    /** A parent or guardian on their own. */
    PARENT("parent"),
    /** A parent or guardian together with the child. */
    PARENT_AND_CHILD("parent-and-child"),
    /** The young person on their own. */
    CHILD("child");

    private final String code;

    Requester(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<Requester> fromCode(String code) {
        return Arrays.stream(values())
                .filter(requester -> requester.code.equals(code))
                .findFirst();
    }
}
