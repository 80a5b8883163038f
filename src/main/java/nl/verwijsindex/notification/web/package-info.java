/** The functional administrator's page of the outbox: messages written to the folder, and the count still waiting. */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.notification.web;
