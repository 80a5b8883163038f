package nl.verwijsindex.registration.internal;

/** A line of an import file after a check: a row to go on with, or a rejection. */
sealed interface ImportLine permits ImportRow, ImportRejection {

    /** The line number in the file, the header being line 1. */
    int line();
}
