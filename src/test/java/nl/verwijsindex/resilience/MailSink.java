package nl.verwijsindex.resilience;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A GreenMail SMTP server on a fixed port of 127.0.0.1 that a test can take down and bring up
 * again. The messages received before an outage are kept, so that {@link #received()} returns
 * every message since the start.
 */
final class MailSink implements AutoCloseable {

    /** One received message: its {@code Message-ID} and its recipient. */
    record Received(String messageId, String recipient) {}

    private final ServerSetup setup;
    private final List<Received> earlier = new ArrayList<>();
    private GreenMail server;

    private MailSink() {
        setup = new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(setup);
        server.start();
    }

    static MailSink start() {
        return new MailSink();
    }

    int port() {
        return setup.getPort();
    }

    /** Stops the server, so that connections to its port are refused. */
    synchronized void down() {
        earlier.addAll(read(server.getReceivedMessages()));
        server.stop();
    }

    /** Starts the server again on the same port. */
    synchronized void up() {
        server = new GreenMail(setup);
        server.start();
    }

    synchronized List<Received> received() {
        var all = new ArrayList<>(earlier);
        all.addAll(read(server.getReceivedMessages()));
        return all;
    }

    @Override
    public synchronized void close() {
        server.stop();
    }

    private static List<Received> read(MimeMessage[] messages) {
        var received = new ArrayList<Received>();
        for (var message : messages) {
            try {
                received.add(new Received(message.getMessageID(), message.getAllRecipients()[0].toString()));
            } catch (MessagingException e) {
                throw new IllegalStateException("Cannot read a received message", e);
            }
        }
        return received;
    }
}
