package nl.verwijsindex.bench.mail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The SMTP server that the index sends its emails to during a benchmark: GreenMail on 127.0.0.1. It
 * writes one line per delivered email to the arrivals file and keeps no message in memory for long,
 * because a run delivers tens of thousands of them.
 *
 * <pre>
 * java -cp ... nl.verwijsindex.bench.mail.MailSink --port 18025 --out bench/work/mail.csv
 * </pre>
 */
public final class MailSink {

    private static final String SINK_ADDRESS = "sink@bench.example";
    private static final long PURGE_INTERVAL_SECONDS = 5;

    private MailSink() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        var options = MailSinkOptions.parse(args);
        var arrivals = new ArrivalLog(Path.of(options.out()));
        var greenMail = new GreenMail(new ServerSetup(options.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        var sink = greenMail.setUser(SINK_ADDRESS, "sink", "sink");
        greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            arrivals.record(System.currentTimeMillis(), message.getMessage());
            return sink;
        });

        var purger = Executors.newSingleThreadScheduledExecutor();
        purger.scheduleWithFixedDelay(
                () -> purge(greenMail), PURGE_INTERVAL_SECONDS, PURGE_INTERVAL_SECONDS, TimeUnit.SECONDS);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            purger.shutdownNow();
            greenMail.stop();
            arrivals.close();
            stopped.countDown();
        }));

        greenMail.start();
        System.out.println("Mail sink listening on smtp://127.0.0.1:" + options.port());
        stopped.await();
    }

    private static void purge(GreenMail greenMail) {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            System.err.println("Mail sink: purging the delivered messages failed: " + e.getMessage());
        }
    }
}
