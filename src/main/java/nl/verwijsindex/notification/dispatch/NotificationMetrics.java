package nl.verwijsindex.notification.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Meters for operators: {@code verwijsindex.notifications.pending} (messages neither sent nor
 * cancelled, refreshed after every dispatch run), {@code verwijsindex.notifications.sent} and
 * {@code verwijsindex.notifications.failures} (failed attempts on this node).
 */
@Component
class NotificationMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final Counter sent;
    private final Counter failures;

    NotificationMetrics(MeterRegistry registry) {
        Gauge.builder("verwijsindex.notifications.pending", pending, AtomicLong::get)
                .description("Notification emails that are neither sent nor cancelled, on all nodes")
                .register(registry);
        sent = Counter.builder("verwijsindex.notifications.sent")
                .description("Notification emails sent by this node")
                .register(registry);
        failures = Counter.builder("verwijsindex.notifications.failures")
                .description("Failed attempts to send a notification email on this node")
                .register(registry);
    }

    void messageSent() {
        sent.increment();
    }

    void attemptFailed() {
        failures.increment();
    }

    void pendingMessages(long count) {
        pending.set(count);
    }
}
