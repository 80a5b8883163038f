package nl.verwijsindex.bench.load;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The own references that the load driver gives its registrations, unique within a benchmark run, so
 * that the mail sink can link a match email to the signal it names. The form is {@code bench-}, the
 * run's tag, a hyphen and a sequence number in base 36, for example {@code bench-c32-1a7}. Base 36
 * keeps runs of digits short, because the index rejects an own reference in which 8 or 9 digits could
 * be a BSN.
 */
public final class OwnReferences {

    private static final Pattern REFERENCE = Pattern.compile("bench-[a-z0-9]+-[a-z0-9]+");

    private OwnReferences() {}

    static String of(String tag, long sequence) {
        return "bench-" + tag + "-" + Long.toString(sequence, 36);
    }

    /** Finds the first own reference of the driver's form in an email's text. */
    public static Optional<String> find(String text) {
        var matcher = REFERENCE.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** Checks that a run tag keeps the references in their form: lower-case letters and digits. */
    static String checkTag(String tag) {
        if (!tag.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException(
                    "Invalid --tag " + tag + "; use lower-case letters and digits only, for example c32");
        }
        return tag;
    }
}
