/**
 * Signals: registration by a professional (or a client system in their name), re-registration,
 * and ending. Publishes {@link nl.verwijsindex.registration.SignalRegistered} and
 * {@link nl.verwijsindex.registration.SignalEnded} inside the registering transaction.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.registration;
