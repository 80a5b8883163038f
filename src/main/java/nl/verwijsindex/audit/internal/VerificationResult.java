package nl.verwijsindex.audit.internal;

import java.util.HexFormat;
import java.util.List;

/**
 * The outcome of verifying the audit trail's chain. Either outcome also counts the rows set aside
 * outside the chain. Chaining sets a row aside when its values do not form an entry, which happens
 * only to rows inserted by hand, so the chain does not protect them.
 */
public sealed interface VerificationResult {

    /** The maximum number of ids of rows set aside that a result lists. */
    int SET_ASIDE_LISTED = 10;

    /** Returns the number of rows set aside. */
    long setAside();

    /** Returns the ids of the oldest rows set aside, at most {@link #SET_ASIDE_LISTED}, in order. */
    List<Long> firstSetAsideIds();

    static VerificationResult intact(
            long count, long lastSequence, byte[] lastHash, long setAside, List<Long> firstSetAsideIds) {
        return new Intact(count, lastSequence, HexFormat.of().formatHex(lastHash), setAside, firstSetAsideIds);
    }

    /**
     * Every entry from the anchor on is in place and unchanged.
     *
     * @param count the number of entries checked
     * @param lastSequence the last entry's number; the anchor's when there are no entries
     * @param lastHash the last entry's hash in hex, to compare with a copy kept elsewhere
     */
    record Intact(long count, long lastSequence, String lastHash, long setAside, List<Long> firstSetAsideIds)
            implements VerificationResult {

        /** Creates the result of an intact chain without rows set aside. */
        public Intact(long count, long lastSequence, String lastHash) {
            this(count, lastSequence, lastHash, 0, List.of());
        }

        public Intact {
            firstSetAsideIds = List.copyOf(firstSetAsideIds);
        }
    }

    /**
     * The first entry that failed a check.
     *
     * @param sequence the number of the changed, missing or unlinked entry
     */
    record Broken(long sequence, Problem problem, long setAside, List<Long> firstSetAsideIds)
            implements VerificationResult {

        /** Creates the result of a broken chain without rows set aside. */
        public Broken(long sequence, Problem problem) {
            this(sequence, problem, 0, List.of());
        }

        public Broken {
            firstSetAsideIds = List.copyOf(firstSetAsideIds);
        }

        Broken withSetAside(long count, List<Long> firstIds) {
            return new Broken(sequence, problem, count, firstIds);
        }
    }

    enum Problem {
        /** The entry's values no longer give its stored hash. */
        CHANGED("changed"),
        /** No entry has this number, while a later one exists. */
        MISSING("missing"),
        /**
         * The entry's previous hash is not the hash of the entry before it, so that entry or this
         * one was changed together with its hash.
         */
        UNLINKED("unlinked");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** Returns the code used in messages and message keys. */
        public String code() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }
    }
}
