package nl.verwijsindex.registration;

import nl.verwijsindex.pseudonymisation.Pseudonym;

/**
 * Every signal of a child was destroyed and every other trace of the child must go. Published
 * synchronously inside the destroying transaction: a module that keeps rows about the child listens
 * with a plain {@code @EventListener} and deletes them in that transaction, so that either all go
 * or nothing does.
 *
 * @param child the child's pseudonym
 * @param reason why
 */
public record ChildTracesDestroyed(Pseudonym child, DestructionReason reason) {}
