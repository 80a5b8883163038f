package nl.verwijsindex.notification.dispatch;

/**
 * A failure to send, as it goes to the log: the masked description of the original exception with
 * its stack trace, but without the original itself, whose messages may contain addresses or names.
 */
final class NotificationFailedException extends RuntimeException {

    NotificationFailedException(String maskedDescription, Throwable original) {
        super(maskedDescription, null, false, true);
        setStackTrace(original.getStackTrace());
    }
}
