package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A signal stopped being active, published inside the ending transaction.
 *
 * @param signalId the signal
 * @param endedOn the day it ended
 * @param destroyed true when the signal was deleted (unjustified, or the child's data must go),
 *     false when it moved to the archive
 */
public record SignalEnded(UUID signalId, LocalDate endedOn, boolean destroyed) {}
