/**
 * Rights of children and parents: a municipal officer records a request to inspect, correct or
 * object to what the index keeps about a child, looks the child up by BSN only inside that request,
 * proposes the outcome, and a second officer of the same municipality approves it. An approved
 * inspection yields a letter as PDF; an approved upheld objection destroys the child's signals.
 * The module offers no API of its own.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.subjectrights;
