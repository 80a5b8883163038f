package nl.verwijsindex.registration.internal;

/** Rows of an import file by outcome. */
record ImportCounts(long imported, long alreadyPresent, long rejected) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    ImportCounts plus(ImportCounts other) {
        return new ImportCounts(
                imported + other.imported, alreadyPresent + other.alreadyPresent, rejected + other.rejected);
    }

    long total() {
        return imported + alreadyPresent + rejected;
    }
}
