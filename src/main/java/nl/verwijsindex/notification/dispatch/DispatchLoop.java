package nl.verwijsindex.notification.dispatch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.verwijsindex.access.AccountInvited;
import nl.verwijsindex.matching.ProfessionalsMatched;
import nl.verwijsindex.system.ExecutorShutdown;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the invitation, match, reminder and move notice dispatchers in the background: every {@code
 * VERWIJSINDEX_MAIL_DISPATCH_INTERVAL}, and at once after a transaction that queued messages
 * commits, so that an email leaves within moments of the match or invitation.
 *
 * <p>Match notifications have up to {@code VERWIJSINDEX_MAIL_DISPATCH_THREADS} senders, so that a
 * burst of matches under load is sent in parallel. A commit starts the first sender, which runs all
 * four dispatchers. A sender that has sent a match notification starts the next sender, which sends
 * match notifications only, so that a single email costs no extra runs and a queue gets every
 * sender. A sender's requests that arrive while its run is waiting to start are merged into that
 * run. Every node runs its own senders, and the dispatchers' row locks ({@code for update skip
 * locked}) keep any number of senders from sending a message twice.
 */
@Component
class DispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(15);

    /**
     * The maximum number of senders on a node. Each sender uses a database connection while it
     * sends, and the pool of 20 must keep enough for the requests.
     */
    static final int MAX_SENDERS = 8;

    private final NotificationDispatcher dispatcher;
    private final InvitationDispatcher invitationDispatcher;
    private final SignalReminderDispatcher reminderDispatcher;
    private final MoveNoticeDispatcher moveNoticeDispatcher;
    private final Duration interval;
    private final AtomicBoolean[] runRequested;
    private volatile @Nullable ScheduledExecutorService executor;

    DispatchLoop(
            NotificationDispatcher dispatcher,
            InvitationDispatcher invitationDispatcher,
            SignalReminderDispatcher reminderDispatcher,
            MoveNoticeDispatcher moveNoticeDispatcher,
            @Value("${verwijsindex.mail.dispatch-interval}") Duration interval,
            @Value("${verwijsindex.mail.dispatch-threads}") int senders) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Invalid dispatch interval " + interval
                    + ": set VERWIJSINDEX_MAIL_DISPATCH_INTERVAL to a positive duration such as 2s");
        }
        if (senders < 1 || senders > MAX_SENDERS) {
            throw new IllegalArgumentException("Invalid number of dispatch threads " + senders
                    + ": set VERWIJSINDEX_MAIL_DISPATCH_THREADS to a number from 1 to " + MAX_SENDERS + ", such as 4");
        }
        this.dispatcher = dispatcher;
        this.invitationDispatcher = invitationDispatcher;
        this.reminderDispatcher = reminderDispatcher;
        this.moveNoticeDispatcher = moveNoticeDispatcher;
        this.interval = interval;
        this.runRequested = new AtomicBoolean[senders];
        for (int i = 0; i < senders; i++) {
            runRequested[i] = new AtomicBoolean();
        }
    }

    @Override
    public void start() {
        var threadNumber = new AtomicInteger();
        var started = Executors.newScheduledThreadPool(runRequested.length, task -> {
            var thread = new Thread(task, "notification-dispatch-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // Set before the first run, which may already start the other senders.
        executor = started;
        started.scheduleWithFixedDelay(this::runAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info(
                "Notification dispatch started, every {} and with {} senders after a match",
                interval,
                runRequested.length);
    }

    @Override
    public void stop() {
        var running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        ExecutorShutdown.stop(running, SHUTDOWN_TIMEOUT, log, "Notification dispatch");
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

    /** Starts the first sender, unless its run is already waiting to start. */
    void requestRun() {
        requestRun(0);
    }

    private void requestRun(int sender) {
        var running = executor;
        if (running == null || sender >= runRequested.length) {
            return;
        }
        var requested = runRequested[sender];
        if (!requested.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                // Cleared before the run starts, so that a message queued during the run requests another run.
                requested.set(false);
                if (sender == 0) {
                    runAll();
                } else {
                    runMatchNotifications(sender);
                }
            });
        } catch (RejectedExecutionException e) {
            // The loop is stopping. Messages that are still due are sent after the next start.
            requested.set(false);
        }
    }

    private void runMatchNotifications(int sender) {
        try {
            dispatcher.dispatchDue(() -> requestRun(sender + 1));
        } catch (RuntimeException e) {
            log.warn("Match notification dispatch run failed, next run in {}", interval, e);
        }
    }

    private void runAll() {
        try {
            // Reminders and move notices are not urgent, so they wait for the next interval instead of
            // starting a run after their commit.
            int sent = invitationDispatcher.dispatchDue()
                    + dispatcher.dispatchDue(() -> requestRun(1))
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
