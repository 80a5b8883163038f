package nl.verwijsindex.registration.internal;

/**
 * The reason one line of an import file was not imported, as written to the report of rejected rows.
 *
 * @param code the API's error code where one fits, such as {@code bsn-invalid}, else one of the
 *     import's own codes, such as {@code column-count}
 * @param detail names the column and the fix, and never contains the BSN
 */
record ImportRejection(int line, String code, String detail) implements ImportLine {}
