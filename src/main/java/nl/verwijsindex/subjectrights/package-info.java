/**
 * Rights of children and parents. A municipal officer records a request to inspect, correct or
 * object to what the index keeps about a child, and looks the child up by BSN only inside that
 * request. The officer proposes the outcome, and a second officer of the same municipality
 * approves it. An approved inspection yields a letter as PDF, and an approved upheld objection
 * destroys the child's signals. The module publishes {@link
 * nl.verwijsindex.subjectrights.SignalRemovedOnObjection} and offers no other API.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.subjectrights;
