package nl.verwijsindex.matching.internal;

import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import org.jspecify.annotations.Nullable;

/**
 * A child match on one child, or a family match on a pair of children who share a parent.
 *
 * @param child the child of a child match, or the smaller pseudonym of the pair
 * @param otherChild the larger pseudonym of the pair, null for a child match
 */
record Match(UUID id, MatchType type, byte[] child, byte @Nullable [] otherChild, LocalDate since) {}
