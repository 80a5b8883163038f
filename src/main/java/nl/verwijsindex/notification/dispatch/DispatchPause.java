package nl.verwijsindex.notification.dispatch;

import org.springframework.stereotype.Component;

/**
 * Pauses every outbox dispatcher on this node: while paused, a dispatch run sends nothing and a run
 * that is sending stops after its current message. Messages stay queued and are sent after the
 * pause ends. Other nodes of the same database keep sending.
 */
@Component
public class DispatchPause {

    private volatile boolean paused;

    public void pause() {
        paused = true;
    }

    public void end() {
        paused = false;
    }

    public boolean isPaused() {
        return paused;
    }
}
