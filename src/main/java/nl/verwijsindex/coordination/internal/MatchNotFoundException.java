package nl.verwijsindex.coordination.internal;

import java.util.UUID;

/**
 * The match does not exist, has ended, or the professional has no active signal in it. The three
 * cases look the same to the caller, so that a match of others reveals nothing.
 */
final class MatchNotFoundException extends RuntimeException {

    MatchNotFoundException(UUID matchId) {
        super("No active match " + matchId + " with this professional as a member");
    }
}
