package nl.verwijsindex.organisations;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * The check of every email address that a form stores for an account or a mailbox of the index.
 * It is stricter than the parse that Jakarta Mail makes when it sends, so an invitation or
 * notification does not fail later on the form of a stored address.
 */
public final class EmailAddresses {

    /** Maximum length of an address that SMTP can carry (RFC 5321: a 256-octet path minus its angle brackets). */
    public static final int MAXIMUM_LENGTH = 254;

    /** Maximum length of the local part, before the {@code @}, that RFC 5321 requires servers to accept. */
    private static final int MAXIMUM_LOCAL_PART_LENGTH = 64;

    /** Labels of letters, digits and hyphens, separated by single dots, at least two of them. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private EmailAddresses() {}

    /**
     * Returns whether the text is one plain address such as {@code name@example.org}. It must pass
     * the strict RFC 822 parse of Jakarta Mail, without a display name or angle brackets, and have
     * a local part of at most 64 characters. The domain is a host name with at least one dot, so
     * not an IP literal and not ending in a dot. Characters outside ASCII are rejected, because the
     * mail sender does not enable SMTPUTF8.
     */
    public static boolean isValid(String text) {
        if (text.isEmpty() || text.length() > MAXIMUM_LENGTH) {
            return false;
        }

        InternetAddress address;
        try {
            address = new InternetAddress(text, true);
            address.validate();
        } catch (AddressException e) {
            return false;
        }
        if (!text.equals(address.getAddress()) || address.getPersonal() != null) {
            return false;
        }

        var at = text.lastIndexOf('@');
        return at <= MAXIMUM_LOCAL_PART_LENGTH
                && text.chars().allMatch(c -> c > ' ' && c < 0x7f)
                && HOST_NAME.matcher(text.substring(at + 1)).matches();
    }
}
