/** The citizen service number (BSN) as a value that validates itself and never prints its digits. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.bsn;
