package nl.verwijsindex.bench.load;

/** The kinds of registration in the load driver's mix, with their share in percent. */
enum Kind {
    /** A child that this run has not registered yet: usually no match, unless it has data already. */
    FIRST("first", 80),
    /** A child that this run registered already, by another professional: a child match. */
    CHILD_MATCH("child-match", 10),
    /** An unregistered sibling of a child that this run registered: a family match. */
    FAMILY_MATCH("family-match", 7),
    /** The same professional and child again: the index returns the existing signal with 200. */
    REPEAT("repeat", 3);

    private final String code;
    private final int percent;

    Kind(String code, int percent) {
        this.code = code;
        this.percent = percent;
    }

    String code() {
        return code;
    }

    int percent() {
        return percent;
    }

    /** Picks a kind by the shares above, from a number in 0..99. */
    static Kind byPercentile(int percentile) {
        int bound = 0;
        for (var kind : values()) {
            bound += kind.percent;
            if (percentile < bound) {
                return kind;
            }
        }
        throw new IllegalStateException("The shares of the kinds add up to " + bound + ", not 100");
    }
}
