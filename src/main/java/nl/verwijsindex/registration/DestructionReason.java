package nl.verwijsindex.registration;

/** The reason the index destroyed what it kept about a child. The code goes into audit entries and logs. */
public enum DestructionReason {
    /** The child turned 23: a signal may not outlive that day. */
    TWENTY_THIRD_BIRTHDAY("23rd-birthday"),
    /** The population register reports the child's death. */
    DEATH("death"),
    /** A municipal officer upheld an objection of the child or the parents, and a second officer approved it. */
    OBJECTION_UPHELD("objection-upheld");

    private final String code;

    DestructionReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
