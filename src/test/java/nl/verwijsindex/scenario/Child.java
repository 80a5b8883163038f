package nl.verwijsindex.scenario;

/**
 * A child of the scenario: the first name that the tables and failure messages use, and the BSN
 * of the child's record in the RvIG test persons file.
 */
record Child(String firstName, String bsn) {

    @Override
    public String toString() {
        return firstName;
    }
}
