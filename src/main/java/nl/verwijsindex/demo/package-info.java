/**
 * The demo region for a local run: one municipality, organisations of different kinds with three
 * professionals each, an API client per organisation, and login accounts for the professionals,
 * an administrator per organisation, two municipal officers and a functional administrator, with their
 * credentials written to {@code <data dir>/demo-credentials.json}. All names and addresses are
 * invented. The region Haaglanden adds three neighbouring municipalities with organisations and
 * professionals but no logins, and {@code VERWIJSINDEX_DEMO_HISTORY=year} fills it with a generated
 * year of signals and matches.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.demo;
