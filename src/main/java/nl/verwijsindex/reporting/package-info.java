/**
 * Statistics of a municipality and of a region of municipalities: signals registered, ended and
 * active, child and family matches, matches that cross a municipality border, and children with 4
 * or more professionals, each by organisation kind and by month. The module reads no table of its
 * own or of another module: registration and matching aggregate their data through
 * {@link nl.verwijsindex.registration.SignalStatistics} and {@link nl.verwijsindex.matching.MatchStatistics},
 * and the organisations module names each organisation's kind and municipality. No count from 0 to
 * 4 is ever shown.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.reporting;
