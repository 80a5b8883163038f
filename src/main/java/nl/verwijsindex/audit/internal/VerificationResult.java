package nl.verwijsindex.audit.internal;

import java.util.HexFormat;

/** The outcome of verifying the audit trail's chain. */
public sealed interface VerificationResult {

    static VerificationResult intact(long count, long lastSequence, byte[] lastHash) {
        return new Intact(count, lastSequence, HexFormat.of().formatHex(lastHash));
    }

    /**
     * Every entry from the anchor on is in place and unchanged.
     *
     * @param count the number of entries checked
     * @param lastSequence the last entry's number; the anchor's when there are no entries
     * @param lastHash the last entry's hash in hex, to compare with a copy kept elsewhere
     */
    record Intact(long count, long lastSequence, String lastHash) implements VerificationResult {}

    /**
     * The first entry that failed a check.
     *
     * @param sequence the number of the changed, missing or unlinked entry
     */
    record Broken(long sequence, Problem problem) implements VerificationResult {}

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
