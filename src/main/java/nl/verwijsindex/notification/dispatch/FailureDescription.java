package nl.verwijsindex.notification.dispatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Describes why sending failed, for the log and the {@code last_error} column, without email
 * addresses: SMTP servers often repeat the rejected address in their reply. Names do not occur,
 * because the composed headers contain addresses without display names.
 */
final class FailureDescription {

    static final int MAX_LENGTH = 1000;

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>()\\[\\]\",;:]+@[^\\s<>()\\[\\]\",;:]+");

    private FailureDescription() {}

    /** Returns the type and message of the exception and of each of its causes, masked and shortened. */
    static String of(Throwable failure) {
        var parts = new ArrayList<String>();
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        @Nullable Throwable current = failure;
        while (current != null && seen.add(current)) {
            var message = current.getMessage();
            var type = current.getClass().getSimpleName();
            parts.add(message == null ? type : type + ": " + mask(message));
            current = current.getCause();
        }

        var description = String.join(" <- ", parts);
        return description.length() <= MAX_LENGTH ? description : description.substring(0, MAX_LENGTH - 3) + "...";
    }

    static String mask(String text) {
        return EMAIL_ADDRESS.matcher(text).replaceAll("[address]");
    }
}
