package nl.verwijsindex.notification;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Stops the shared GreenMail server and starts it again on its fixed port, where the application's
 * mail client still points.
 */
public final class SmtpOutage implements AutoCloseable {

    private final GreenMail smtp;

    private SmtpOutage(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static SmtpOutage begin(GreenMail smtp) {
        smtp.stop();
        return new SmtpOutage(smtp);
    }

    /** Starts the server again; does nothing when it is running. */
    public void end() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Override
    public void close() {
        end();
    }
}
