package nl.verwijsindex.subjectrights.internal;

/**
 * A step of a rights request that a rule rejected. The page shows the message with the key
 * {@code rights.error.<code>} and the arguments.
 */
class RequestRejectedException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    RequestRejectedException(String code, Object... arguments) {
        super("Rights request step rejected: " + code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
