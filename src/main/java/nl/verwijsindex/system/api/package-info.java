/**
 * Conventions of the REST API under {@code /api/v1}: problem responses for every error, the
 * {@code API-Version} header, and the OpenAPI document with the rules of the Dutch API Design Rules
 * applied to every operation.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.system.api;
