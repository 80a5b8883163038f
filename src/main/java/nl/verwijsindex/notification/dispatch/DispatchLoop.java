package nl.verwijsindex.notification.dispatch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.verwijsindex.access.AccountInvited;
import nl.verwijsindex.matching.ProfessionalsMatched;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the invitation, match, reminder and move notice dispatchers on one background thread: every {@code VERWIJSINDEX_MAIL_DISPATCH_INTERVAL},
 * and at once after a transaction that queued messages commits, so that an email leaves within
 * moments of the match or invitation. Requests that arrive while a run is waiting to start are merged into it.
 * Every node runs its own loop, and the dispatcher's row locks keep the loops from sending a message
 * twice.
 */
@Component
class DispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(15);

    private final NotificationDispatcher dispatcher;
    private final InvitationDispatcher invitationDispatcher;
    private final SignalReminderDispatcher reminderDispatcher;
    private final MoveNoticeDispatcher moveNoticeDispatcher;
    private final Duration interval;
    private final AtomicBoolean runRequested = new AtomicBoolean();
    private volatile @Nullable ScheduledExecutorService executor;

    DispatchLoop(
            NotificationDispatcher dispatcher,
            InvitationDispatcher invitationDispatcher,
            SignalReminderDispatcher reminderDispatcher,
            MoveNoticeDispatcher moveNoticeDispatcher,
            @Value("${verwijsindex.mail.dispatch-interval}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Invalid dispatch interval " + interval
                    + ": set VERWIJSINDEX_MAIL_DISPATCH_INTERVAL to a positive duration such as 2s");
        }
        this.dispatcher = dispatcher;
        this.invitationDispatcher = invitationDispatcher;
        this.reminderDispatcher = reminderDispatcher;
        this.moveNoticeDispatcher = moveNoticeDispatcher;
        this.interval = interval;
    }

    @Override
    public void start() {
        var started = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "notification-dispatch");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::run, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
        log.info("Notification dispatch started, every {}", interval);
    }

    @Override
    public void stop() {
        var running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        running.shutdown();
        try {
            if (!running.awaitTermination(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Notification dispatch did not finish within {}, so it is interrupted", SHUTDOWN_TIMEOUT);
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
        log.info("Notification dispatch stopped");
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Starts a run soon after the transaction that queued a message has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void requestRunAfterCommit(ProfessionalsMatched event) {
        requestRun();
    }

    /** Starts a run soon after the transaction that opened an invitation has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void requestRunAfterCommit(AccountInvited event) {
        requestRun();
    }

    void requestRun() {
        var running = executor;
        if (running == null || !runRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                runRequested.set(false);
                run();
            });
        } catch (RejectedExecutionException e) {
            // The loop is stopping. Messages that are still due are sent after the next start.
            runRequested.set(false);
        }
    }

    private void run() {
        try {
            // Reminders and move notices are not urgent, so they wait for the next interval instead of
            // starting a run after their commit.
            int sent = invitationDispatcher.dispatchDue()
                    + dispatcher.dispatchDue()
                    + reminderDispatcher.dispatchDue()
                    + moveNoticeDispatcher.dispatchDue();
            if (sent > 0) {
                log.debug("Dispatch run sent {} notifications", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Notification dispatch run failed, next run in {}", interval, e);
        }
    }
}
