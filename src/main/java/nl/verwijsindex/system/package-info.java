/**
 * Infrastructure shared by every module: the data folder, the database, the clock and the
 * conventions of the REST API (problem details, the {@code API-Version} header).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.system;
