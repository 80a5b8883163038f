package nl.verwijsindex.coordination;

import java.util.UUID;

/**
 * An active match has members whose organisations belong to more than one municipality, and the
 * municipal coordinator of a municipality where one of its children is registered has not been
 * notified yet. Published inside the transaction that records the notification, once per match and
 * municipality, so a listener that queues the notice there never queues it twice.
 *
 * @param municipalityCode the four-digit code (BRP table 33) of the child's municipality
 */
public record MatchCrossedMunicipalBorder(UUID matchId, String municipalityCode) {}
