package nl.verwijsindex.subjectrights.internal;

/**
 * A step of a rights request that a rule rejected. The page shows the message with the key
 * {@code rights.error.<code>} and the arguments, and records the rejected step in the audit trail
 * unless the step recorded it already, with the child it concerned.
 */
class RequestRejectedException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;
    private boolean recorded;

    RequestRejectedException(String code, Object... arguments) {
        super("Rights request step rejected: " + code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** Marks the rejection as recorded in the audit trail by the step that threw it. */
    RequestRejectedException recorded() {
        recorded = true;
        return this;
    }

    boolean isRecorded() {
        return recorded;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
