package nl.verwijsindex.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Stops the shared GreenMail server and starts it again on the same port, where the application's
 * mail client still points.
 */
public final class SmtpOutage implements AutoCloseable {

    private final GreenMail smtp;

    private SmtpOutage(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static SmtpOutage begin(GreenMail smtp) {
        pinPort(smtp);
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

    // NOTE: GreenMail 2.1.13 picks a new free port on every start when its setup has a dynamic port,
    // as the shared test server's setup has. Replacing the protected setup by one with the current
    // port keeps it; starting the shared server on a fixed free port would make this unnecessary.
    private static void pinPort(GreenMail smtp) {
        var setup = smtp.getSmtp().getServerSetup();
        var pinned = new ServerSetup(smtp.getSmtp().getPort(), setup.getBindAddress(), setup.getProtocol());
        try {
            var config = GreenMail.class.getDeclaredField("config");
            config.setAccessible(true);
            config.set(smtp, new ServerSetup[] {pinned});
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot pin the port of the GreenMail server", e);
        }
    }
}
