package nl.verwijsindex.system.database;

/** Whether the application runs on its own embedded PostgreSQL or on an external server. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
