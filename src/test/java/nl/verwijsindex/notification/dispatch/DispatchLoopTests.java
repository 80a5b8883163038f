package nl.verwijsindex.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.stubbing.Answer;

class DispatchLoopTests {

    private final NotificationDispatcher dispatcher = mock(NotificationDispatcher.class);
    private final InvitationDispatcher invitationDispatcher = mock(InvitationDispatcher.class);
    private final SignalReminderDispatcher reminderDispatcher = mock(SignalReminderDispatcher.class);
    private final MoveNoticeDispatcher moveNoticeDispatcher = mock(MoveNoticeDispatcher.class);
    private final DispatchLoop loop = loop(1);
    private final DispatchLoop fourSenders = loop(4);

    private DispatchLoop loop(int senders) {
        return new DispatchLoop(
                dispatcher,
                invitationDispatcher,
                reminderDispatcher,
                moveNoticeDispatcher,
                Duration.ofHours(1),
                senders);
    }

    @AfterEach
    void stopLoops() {
        loop.stop();
        fourSenders.stop();
    }

    @Test
    void runsOnceAtStart() {
        loop.start();

        verify(dispatcher, timeout(10_000).times(1)).dispatchDue(any());
        verify(invitationDispatcher, timeout(10_000).times(1)).dispatchDue();
        verify(reminderDispatcher, timeout(10_000).times(1)).dispatchDue();
        verify(moveNoticeDispatcher, timeout(10_000).times(1)).dispatchDue();
        assertThat(loop.isRunning()).isTrue();
    }

    @Test
    void requestedRunDoesNotWaitForInterval() {
        loop.start();
        verify(dispatcher, timeout(10_000).times(1)).dispatchDue(any());

        loop.requestRun();

        verify(dispatcher, timeout(10_000).times(2)).dispatchDue(any());
    }

    @Test
    void failedRunKeepsLoopAlive() {
        when(dispatcher.dispatchDue(any()))
                .thenThrow(new IllegalStateException("database unavailable"))
                .thenReturn(0);
        loop.start();
        verify(dispatcher, timeout(10_000).times(1)).dispatchDue(any());

        loop.requestRun();

        verify(dispatcher, timeout(10_000).times(2)).dispatchDue(any());
    }

    @Test
    void stoppedLoopIgnoresRequests() {
        loop.start();
        verify(dispatcher, timeout(10_000).times(1)).dispatchDue(any());
        loop.stop();

        loop.requestRun();

        assertThat(loop.isRunning()).isFalse();
        verify(dispatcher, times(1)).dispatchDue(any());
    }

    @Test
    void rejectsZeroInterval() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DispatchLoop(
                        dispatcher, invitationDispatcher, reminderDispatcher, moveNoticeDispatcher, Duration.ZERO, 1))
                .withMessageStartingWith("Invalid dispatch interval PT0S");
    }

    @Test
    void runWithoutSentMessageStartsNoOtherSender() throws Exception {
        fourSenders.start();
        verify(dispatcher, timeout(10_000).times(1)).dispatchDue(any());

        fourSenders.requestRun();

        // The first sender runs all four dispatchers. It sent nothing, so it starts no other sender.
        verify(dispatcher, timeout(10_000).times(2)).dispatchDue(any());
        verify(invitationDispatcher, timeout(10_000).times(2)).dispatchDue();
        verify(reminderDispatcher, timeout(10_000).times(2)).dispatchDue();
        verify(moveNoticeDispatcher, timeout(10_000).times(2)).dispatchDue();
        Thread.sleep(300);
        verify(dispatcher, times(2)).dispatchDue(any());
    }

    @Test
    void sendingSenderStartsNextSender() throws Exception {
        when(dispatcher.dispatchDue(any())).thenAnswer(sendsOne());
        fourSenders.start();

        // The start's run and senders 2, 3 and 4, each started by the one before. The fourth is the last.
        verify(dispatcher, timeout(10_000).times(4)).dispatchDue(any());
        Thread.sleep(300);
        verify(dispatcher, times(4)).dispatchDue(any());
        verify(invitationDispatcher, times(1)).dispatchDue();
    }

    @Test
    void sendersRunInParallel() throws Exception {
        var inside = new CountDownLatch(4);
        var release = new CountDownLatch(1);
        when(dispatcher.dispatchDue(any())).thenAnswer(invocation -> {
            invocation.<Runnable>getArgument(0).run();
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
            return 1;
        });

        fourSenders.start();

        // The four senders are inside their runs at the same time.
        assertThat(inside.await(10, TimeUnit.SECONDS))
                .as("senders inside their runs: %d of 4", 4 - inside.getCount())
                .isTrue();
        release.countDown();
    }

    @Test
    void requestsWhileRunWaitsAreMerged() throws Exception {
        var release = new CountDownLatch(1);
        when(dispatcher.dispatchDue(any())).thenAnswer(invocation -> {
            release.await(10, TimeUnit.SECONDS);
            return 0;
        });
        loop.start();
        verify(dispatcher, timeout(10_000).times(1)).dispatchDue(any());

        // The start's run is blocked, so these ten requests wait and become one run.
        for (int i = 0; i < 10; i++) {
            loop.requestRun();
        }
        release.countDown();

        verify(dispatcher, timeout(10_000).times(2)).dispatchDue(any());
        Thread.sleep(300);
        verify(dispatcher, times(2)).dispatchDue(any());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, -1})
    void rejectsSenderCountOutsideOneToEight(int senders) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> loop(senders))
                .withMessage("Invalid number of dispatch threads " + senders
                        + ": set VERWIJSINDEX_MAIL_DISPATCH_THREADS to a number from 1 to 8, such as 4");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8})
    void acceptsSenderCountsAtBothEnds(int senders) {
        var accepted = loop(senders);

        assertThat(accepted.isRunning()).isFalse();
    }

    /** Returns a run that sends one message, so it calls its callback as the dispatcher does. */
    private static Answer<Integer> sendsOne() {
        return invocation -> {
            invocation.<Runnable>getArgument(0).run();
            return 1;
        };
    }
}
