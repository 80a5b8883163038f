package nl.verwijsindex.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DispatchLoopTests {

    private final NotificationDispatcher dispatcher = mock(NotificationDispatcher.class);
    private final InvitationDispatcher invitationDispatcher = mock(InvitationDispatcher.class);
    private final SignalReminderDispatcher reminderDispatcher = mock(SignalReminderDispatcher.class);
    private final MoveNoticeDispatcher moveNoticeDispatcher = mock(MoveNoticeDispatcher.class);
    private final DispatchLoop loop = new DispatchLoop(
            dispatcher, invitationDispatcher, reminderDispatcher, moveNoticeDispatcher, Duration.ofHours(1));

    @AfterEach
    void stopLoop() {
        loop.stop();
    }

    @Test
    void runsOnceAtStart() {
        loop.start();

        verify(dispatcher, timeout(2_000).times(1)).dispatchDue();
        assertThat(loop.isRunning()).isTrue();
    }

    @Test
    void requestedRunDoesNotWaitForInterval() {
        loop.start();
        verify(dispatcher, timeout(2_000).times(1)).dispatchDue();

        loop.requestRun();

        verify(dispatcher, timeout(2_000).times(2)).dispatchDue();
    }

    @Test
    void failedRunKeepsLoopAlive() {
        when(dispatcher.dispatchDue())
                .thenThrow(new IllegalStateException("database unavailable"))
                .thenReturn(0);
        loop.start();
        verify(dispatcher, timeout(2_000).times(1)).dispatchDue();

        loop.requestRun();

        verify(dispatcher, timeout(2_000).times(2)).dispatchDue();
    }

    @Test
    void stoppedLoopIgnoresRequests() {
        loop.start();
        verify(dispatcher, timeout(2_000).times(1)).dispatchDue();
        loop.stop();

        loop.requestRun();

        assertThat(loop.isRunning()).isFalse();
        verify(dispatcher, times(1)).dispatchDue();
    }

    @Test
    void rejectsZeroInterval() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DispatchLoop(
                        dispatcher, invitationDispatcher, reminderDispatcher, moveNoticeDispatcher, Duration.ZERO))
                .withMessageStartingWith("Invalid dispatch interval PT0S");
    }
}
