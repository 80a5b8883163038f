package nl.verwijsindex.subjectrights.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The outcome an officer proposes, and the kinds of request it fits. */
enum Proposal {
    /** The inspection letter is ready to send. */
    LETTER_READY("letter-ready", Set.of(RequestKind.INSPECTION)),
    /** The objection is upheld, so the child's signals are destroyed on approval. */
    UPHELD("upheld", Set.of(RequestKind.OBJECTION)),
    /** The objection or correction is rejected, for the reason in the note. */
    REJECTED("rejected", Set.of(RequestKind.OBJECTION, RequestKind.CORRECTION)),
    /** The correction described in the note is done. */
    CORRECTED("corrected", Set.of(RequestKind.CORRECTION)),
    /**
     * The municipality cannot handle the request, for the reason in the note: for example the child
     * lives in another municipality and the request was forwarded there, or the register has no such
     * child. It closes a request with or without a looked-up child, and changes nothing in the index.
     */
    CANNOT_BE_HANDLED(
            "cannot-be-handled", Set.of(RequestKind.INSPECTION, RequestKind.CORRECTION, RequestKind.OBJECTION));

    private final String code;
    private final Set<RequestKind> kinds;

    Proposal(String code, Set<RequestKind> kinds) {
        this.code = code;
        this.kinds = kinds;
    }

    public String code() {
        return code;
    }

    boolean fits(RequestKind kind) {
        return kinds.contains(kind);
    }

    /** Returns whether an officer may propose the outcome before the child is looked up. */
    boolean allowedWithoutChild() {
        return this == CANNOT_BE_HANDLED;
    }

    /** Returns whether approving the outcome changes what the index stores. */
    boolean changesIndex() {
        return this == UPHELD;
    }

    /** Returns whether the officer must explain the proposal in a note. */
    boolean needsNote() {
        return this != LETTER_READY;
    }

    static Optional<Proposal> fromCode(String code) {
        return Arrays.stream(values())
                .filter(proposal -> proposal.code.equals(code))
                .findFirst();
    }
}
