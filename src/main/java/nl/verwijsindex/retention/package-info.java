/**
 * Automatic endings: scheduled jobs that end signals by the rules of the law without a person
 * starting them. Each job takes its dates from the application's {@link java.time.Clock}, runs on
 * one node at a time through a ShedLock row in the table {@code shedlock}, logs one line with
 * counts and records one audit entry per run. So far one job moves signals past their end date to
 * the archive; matching ends the matches this leaves with fewer than two professionals.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.retention;
