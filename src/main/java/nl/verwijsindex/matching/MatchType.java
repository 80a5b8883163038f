package nl.verwijsindex.matching;

/** Kind of match, with the code used in the API. */
public enum MatchType {
    /** Two or more active signals of different professionals on the same child (kindmatch, also called cliëntmatch). */
    CHILD("child"),
    /** Active signals on two children who share a parent on their own records (gezinsmatch). */
    FAMILY("family");

    private final String code;

    MatchType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
