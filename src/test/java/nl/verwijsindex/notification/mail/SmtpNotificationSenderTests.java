package nl.verwijsindex.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/**
 * Sends through GreenMail behind a relay on 127.0.0.1 that counts the connections the sender opens
 * and can cut them, as a mail server does with a connection it closes.
 */
class SmtpNotificationSenderTests {

    private final Session session = Session.getInstance(new Properties());
    private GreenMail greenMail;
    private Relay relay;
    private SmtpNotificationSender sender;

    @BeforeEach
    void startServers() throws IOException {
        greenMail = new GreenMail(new ServerSetup(freeLoopbackPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        relay = new Relay(greenMail.getSmtp().getPort());
        var settings = new MailSettings("verwijsindex@localhost", "127.0.0.1", relay.port(), null, null, false);
        sender = new SmtpNotificationSender(MailConfiguration.smtpClient(settings));
    }

    @AfterEach
    void stopServers() throws IOException {
        relay.close();
        greenMail.stop();
    }

    @Test
    void unsharedMessagesOpenOwnConnections() throws Exception {
        sender.send(UUID.randomUUID(), message(1));
        sender.send(UUID.randomUUID(), message(2));
        sender.send(UUID.randomUUID(), message(3));

        assertThat(relay.connections()).isEqualTo(3);
        assertThat(receivedMessageIds())
                .containsExactly("<test.1@localhost>", "<test.2@localhost>", "<test.3@localhost>");
    }

    @Test
    void sharedConnectionCarriesTwentyMessages() throws Exception {
        try (var scope = sender.shareConnection()) {
            for (int i = 1; i <= 45; i++) {
                sender.send(UUID.randomUUID(), message(i));
            }
        }

        // 20, 20 and 5 messages.
        assertThat(relay.connections()).isEqualTo(3);
        assertThat(receivedMessageIds()).hasSize(45).doesNotHaveDuplicates().contains("<test.45@localhost>");
    }

    @Test
    void closedScopeClosesConnection() throws Exception {
        try (var scope = sender.shareConnection()) {
            sender.send(UUID.randomUUID(), message(1));
            sender.send(UUID.randomUUID(), message(2));
        }
        relay.awaitOpenConnections(0);

        sender.send(UUID.randomUUID(), message(3));

        assertThat(relay.connections()).isEqualTo(2);
        assertThat(receivedMessageIds())
                .containsExactly("<test.1@localhost>", "<test.2@localhost>", "<test.3@localhost>");
    }

    @Test
    void nestedScopeLeavesOuterConnectionOpen() throws Exception {
        try (var outer = sender.shareConnection()) {
            sender.send(UUID.randomUUID(), message(1));
            try (var inner = sender.shareConnection()) {
                sender.send(UUID.randomUUID(), message(2));
            }
            sender.send(UUID.randomUUID(), message(3));
        }

        assertThat(relay.connections()).isEqualTo(1);
        assertThat(receivedMessageIds()).hasSize(3);
    }

    @Test
    void serverClosedConnectionIsReopenedOnce() throws Exception {
        try (var scope = sender.shareConnection()) {
            sender.send(UUID.randomUUID(), message(1));
            relay.cutAll();

            sender.send(UUID.randomUUID(), message(2));
        }

        assertThat(relay.connections()).isEqualTo(2);
        assertThat(receivedMessageIds()).containsExactly("<test.1@localhost>", "<test.2@localhost>");
    }

    @Test
    void serverDownFailsAfterOneReconnect() throws Exception {
        try (var scope = sender.shareConnection()) {
            sender.send(UUID.randomUUID(), message(1));
            relay.cutAll();
            greenMail.stop();

            assertThatExceptionOfType(MailSendException.class)
                    .isThrownBy(() -> sender.send(UUID.randomUUID(), message(2)))
                    .withMessage("Mail server connection failed");
        }

        // The first message's connection, and one new connection that the stopped server rejects.
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void otherThreadsDoNotShareTheConnection() throws Exception {
        try (var scope = sender.shareConnection()) {
            sender.send(UUID.randomUUID(), message(1));
            var other = new Thread(() -> sender.send(UUID.randomUUID(), message(2)));
            other.start();
            other.join();
            sender.send(UUID.randomUUID(), message(3));
        }

        assertThat(relay.connections()).isEqualTo(2);
        assertThat(receivedMessageIds()).hasSize(3);
    }

    private MimeMessage message(int number) {
        try {
            var message = new StableIdMimeMessage(session, "<test." + number + "@localhost>");
            message.setFrom(new InternetAddress("verwijsindex@localhost"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("member" + number + "@example.nl"));
            message.setSubject("Bericht " + number);
            message.setText("Inhoud " + number);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> receivedMessageIds() throws Exception {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(received -> {
                    try {
                        return received.getMessageID();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static int freeLoopbackPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Forwards connections on 127.0.0.1 to the mail server, counts them and can cut them all. */
    private static final class Relay implements AutoCloseable {

        private final ServerSocket listener;
        private final int target;
        private final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        Relay(int target) throws IOException {
            this.target = target;
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            var acceptor = new Thread(this::accept, "relay-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        int connections() {
            return accepted.get();
        }

        void cutAll() throws IOException {
            for (var socket : open) {
                socket.close();
            }
            awaitOpenConnections(0);
        }

        void awaitOpenConnections(int count) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (open.stream().filter(socket -> !socket.isClosed()).count() != count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The relay still has open connections");
                }
                Thread.onSpinWait();
            }
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    var client = listener.accept();
                    accepted.incrementAndGet();
                    Socket server;
                    try {
                        server = new Socket(InetAddress.getLoopbackAddress(), target);
                    } catch (IOException refused) {
                        client.close();
                        continue;
                    }
                    open.add(client);
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void pipe(Socket from, Socket to) {
            var thread = new Thread(
                    () -> {
                        try (InputStream in = from.getInputStream();
                                OutputStream out = to.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // One side closed the connection, so both sockets are closed.
                        } finally {
                            closeQuietly(from);
                            closeQuietly(to);
                        }
                    },
                    "relay-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (var socket : open) {
                socket.close();
            }
        }
    }
}
