package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.util.Properties;

/**
 * The index's outbox as {@code bench/run} recorded it in {@code mail-queue.properties}: the match
 * emails neither sent nor cancelled after each API step and at the end of the wait for emails after
 * the last step, and whether that wait ran out before the emails stopped arriving.
 */
final class MailQueue {

    static final String FILE = "mail-queue.properties";

    private final Properties values;

    private MailQueue(Properties values) {
        this.values = values;
    }

    static MailQueue read(Results results) throws IOException {
        return new MailQueue(results.properties(FILE));
    }

    private boolean recorded() {
        return values.containsKey("wait_timed_out");
    }

    boolean timedOut() {
        return values.getProperty("wait_timed_out", "").equals("true");
    }

    /**
     * Returns whether every match email was sent before the index stopped: the wait ended because no
     * email arrived for 10 s, and the outbox then contained no unsent email.
     */
    boolean complete() {
        return recorded() && !timedOut() && unsentAtEnd().equals("0");
    }

    private String unsentAtEnd() {
        return values.getProperty("unsent_at_end", "unknown");
    }

    /** Returns the count of unsent emails after the step, such as {@code c32}, or "" when not recorded. */
    String unsentAfter(String step) {
        return values.getProperty("unsent_after_" + step, "");
    }

    /**
     * Returns the seconds the harness waited after the step, such as {@code c32}, until the outbox had
     * no unsent match email, or "" when not recorded. It waits 300 s at most.
     */
    String drainSecondsAfter(String step) {
        return values.getProperty("drain_seconds_after_" + step, "");
    }

    /** Returns a phrase for the targets table, such as "812 match emails unsent when the wait ran out". */
    String unsentText() {
        if (!recorded()) {
            return "unsent emails not recorded";
        }
        return unsentAtEnd() + " match emails unsent when the wait " + (timedOut() ? "ran out" : "ended");
    }

    /** Returns the page's paragraph on whether every match email was sent. */
    String describe() {
        if (!recorded()) {
            return "This run did not record whether match emails were still unsent at its end, so the"
                    + " latencies count only the emails that arrived and are marked as lower bounds (≥).";
        }
        var waited = values.getProperty("wait_seconds", "?") + " s";
        if (timedOut()) {
            return "**The wait for emails ran out.** Emails were still arriving " + waited + " after the last"
                    + " step, and the index's outbox contained " + unsentAtEnd() + " unsent match emails when the"
                    + " index was stopped. Those emails are missing below: the latencies count only the emails"
                    + " that arrived, so they are lower bounds (≥), and no email target is called met.";
        }
        if (complete()) {
            return "Every match email was sent: no email arrived in the last 10 s of the wait, which ended "
                    + waited + " after the last step, and the index's outbox then contained no unsent email.";
        }
        return "No email arrived in the last 10 s of the wait, which ended " + waited + " after the last step,"
                + " but the index's outbox still contained " + unsentAtEnd() + " unsent match emails, for example"
                + " emails waiting for another attempt after a failed one. The latencies count only the emails"
                + " that arrived, so they are lower bounds (≥), and no email target is called met.";
    }
}
