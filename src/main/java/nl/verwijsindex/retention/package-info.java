/**
 * Automatic endings: scheduled jobs that end signals by the rules of the law without a person
 * starting them. Each job takes its dates from the application's {@link java.time.Clock}, runs on
 * one node at a time through a ShedLock row in the table {@code shedlock}, logs one line with
 * counts and records one audit entry per run. A second run on the same day changes nothing.
 *
 * <ul>
 *   <li>{@code expire-signals} moves signals past their end date to the archive; matching ends the
 *       matches this leaves with fewer than two professionals.
 *   <li>{@code destroy-at-23rd-birthday} destroys every trace of each child whose earliest possible
 *       23rd birthday, stored with each signal, is today or earlier, through
 *       {@link nl.verwijsindex.registration.ChildDestruction#destroyEverything}. It first fills that
 *       date from the population register for signals stored without it. A signal whose child the
 *       register cannot date keeps no date, so this job does not destroy it.
 *   <li>{@code destroy-archived-signals} destroys each archived signal that ended five years ago or
 *       earlier, and leaves the child's other signals.
 * </ul>
 *
 * <p>Destruction after a death is started by the population re-check, not by a job here.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.retention;
