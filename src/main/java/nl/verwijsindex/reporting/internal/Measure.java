package nl.verwijsindex.reporting.internal;

/** A measure of the statistics, with the code used in message keys, element ids and the CSV file. */
enum Measure {
    SIGNALS_REGISTERED("signals-registered", true),
    SIGNALS_ENDED("signals-ended", true),
    SIGNALS_ACTIVE("signals-active", true),
    CHILD_MATCHES("child-matches", true),
    FAMILY_MATCHES("family-matches", true),
    /** The percentage of the matches made in the range whose members' organisations belong to more than one municipality. */
    CROSSING_SHARE("crossing-share", false),
    /** Children with active signals of 4 or more professionals at the end of the range. */
    CHILDREN_WITH_FOUR_PROFESSIONALS("children-with-four-professionals", false);

    private final String code;
    private final boolean monthly;

    Measure(String code, boolean monthly) {
        this.code = code;
        this.monthly = monthly;
    }

    // These methods are public because the page template calls them, and SpEL calls only public methods.
    public String code() {
        return code;
    }

    /** Returns whether the measure has a value per month. The others have one value for the whole range. */
    public boolean monthly() {
        return monthly;
    }
}
