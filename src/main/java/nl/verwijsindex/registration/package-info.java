/**
 * Signals: registration by a professional (or a client system in their name), re-registration,
 * and ending. Publishes {@link nl.verwijsindex.registration.SignalRegistered} and
 * {@link nl.verwijsindex.registration.SignalEnded} inside the registering transaction.
 *
 * <p>{@link nl.verwijsindex.registration.ChildDestruction} destroys a child's signals, and
 * {@link nl.verwijsindex.registration.SignalRetention} finds and destroys what the retention jobs
 * must. Every destroyed signal, active or archived, is announced as {@code SignalEnded} with
 * {@code destroyed = true}. Destroying everything about a child then publishes
 * {@link nl.verwijsindex.registration.ChildTracesDestroyed} synchronously in the same transaction.
 *
 * <p>A module that stores rows naming a child (its pseudonym) or one of its signals must delete them
 * when that event arrives: add a plain {@code @EventListener} for {@code ChildTracesDestroyed} in the
 * module, delete by {@code event.child().value()} with the module's own repository, and throw on
 * failure so that the whole destruction rolls back. Do not use {@code @TransactionalEventListener}
 * or {@code @ApplicationModuleListener}, which run after the commit or in another transaction. Rows
 * kept per match go through matching's {@code MatchesDestroyed} instead, which matching publishes
 * from its own listener before it deletes the matches. The schema scan in
 * {@code ChildDestructionIntegrationTests} fails when any bytea, uuid or bigint column outside the
 * audit trail still contains the child's pseudonym, signal ids or numbers, or match ids: give the new
 * table a row about the child in that test, and add its column to the columns the scan must find
 * before the destruction.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.registration;
