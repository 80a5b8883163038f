/**
 * The demo region for a local run: one municipality, organisations of different kinds with three
 * professionals each, and an API client per organisation, with their credentials written to
 * {@code <data dir>/demo-credentials.json}. All names and addresses are invented.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.demo;
