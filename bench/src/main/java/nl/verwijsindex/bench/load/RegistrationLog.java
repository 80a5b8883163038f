package nl.verwijsindex.bench.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The registrations file of a run, for linking match emails to registrations: a CSV line
 * {@code own_reference,kind,status,latency_ms,responded_at_ms,measured,partners,error_codes,planned_matches}
 * per request. {@code partners} are the own references the new signal should match, and
 * {@code error_codes} are the codes of a problem response's {@code errors}, such as
 * {@code person-deceased}; both are separated by semicolons. {@code planned_matches} is the number
 * of match emails that the new signal's professional should get. It contains no BSN. Requests that
 * end after the file is closed, because they outlived the run's timeout, are not written.
 */
final class RegistrationLog implements AutoCloseable {

    static final String HEADER =
            "own_reference,kind,status,latency_ms,responded_at_ms,measured,partners,error_codes,planned_matches";

    private final BufferedWriter writer;
    private boolean closed;

    RegistrationLog(Path file) throws IOException {
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.newLine();
    }

    synchronized void record(
            PlannedRegistration registration,
            SignalsApi.Outcome outcome,
            long latencyNanos,
            long respondedAtMillis,
            boolean measured) {
        if (closed) {
            return;
        }
        try {
            writer.write(registration.ownReference() + "," + registration.kind().code() + "," + outcome.label() + ","
                    + String.format(Locale.ROOT, "%.3f", latencyNanos / 1e6) + "," + respondedAtMillis + "," + measured
                    + "," + String.join(";", registration.partners()) + "," + String.join(";", outcome.errorCodes())
                    + "," + registration.plannedMatches());
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the registrations file failed", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        writer.close();
    }
}
