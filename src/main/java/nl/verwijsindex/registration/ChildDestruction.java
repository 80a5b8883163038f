package nl.verwijsindex.registration;

import java.util.List;
import nl.verwijsindex.pseudonymisation.Pseudonym;

/**
 * Destroys what the index keeps about one child. Both methods run in the caller's transaction, or
 * in one of their own when there is none, and take the child's family locks first, so that no
 * signal for the child is registered while it runs. Running either twice destroys nothing more the
 * second time and returns an empty list.
 */
public interface ChildDestruction {

    /**
     * Destroys every signal of the child, active and archived, and then publishes
     * {@link ChildTracesDestroyed} in the same transaction, so that every module deletes what else
     * it keeps about the child. Only the audit entries, which name the child by pseudonym, remain.
     *
     * @return the destroyed signals, as they were just before
     */
    List<DestroyedSignal> destroyEverything(Pseudonym child, DestructionReason reason);

    /**
     * Destroys every signal of the child, active and archived, and what rests on them. Matches that
     * fall below two active signals end, as for any ending. Other records about the child stay, such
     * as the rights request that asked for the destruction.
     *
     * @return the destroyed signals, as they were just before
     */
    List<DestroyedSignal> destroySignals(Pseudonym child, DestructionReason reason);
}
