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
    CORRECTED("corrected", Set.of(RequestKind.CORRECTION));

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
