package nl.verwijsindex.retention;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.system.database.OwnerDatabase;
import org.springframework.context.ApplicationContext;

/**
 * Searches every column of every table in the public schema that can hold a pseudonym, an id or a
 * number (bytea, uuid and bigint columns, and arrays of them) for the given values. It connects as
 * the owner role, so that it also sees tables the application's role may not read.
 */
final class SchemaScan {

    private final ApplicationContext context;

    SchemaScan(ApplicationContext context) {
        this.context = context;
    }

    /** Returns each column, as {@code table.column}, that holds one of the values in some row. */
    List<String> columnsHolding(byte[] pseudonym, List<UUID> ids, List<Long> numbers) throws SQLException {
        var found = new ArrayList<String>();
        try (var connection = OwnerDatabase.connect(context)) {
            for (var column : scannedColumns(connection)) {
                if (holds(connection, column, pseudonym, ids, numbers)) {
                    found.add(column.table() + "." + column.name());
                }
            }
        }
        return found;
    }

    /** Returns how many columns the scan reads, so that a test can prove it read any. */
    int scannedColumnCount() throws SQLException {
        try (var connection = OwnerDatabase.connect(context)) {
            return scannedColumns(connection).size();
        }
    }

    private static List<Column> scannedColumns(Connection connection) throws SQLException {
        var columns = new ArrayList<Column>();
        try (var statement = connection.prepareStatement("""
                        select c.table_name, c.column_name, c.udt_name
                          from information_schema.columns c
                          join information_schema.tables t
                            on t.table_schema = c.table_schema and t.table_name = c.table_name
                         where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                           and c.udt_name in ('bytea', 'uuid', 'int8', '_bytea', '_uuid', '_int8')
                         order by c.table_name, c.ordinal_position
                        """);
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.add(new Column(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return columns;
    }

    private static boolean holds(
            Connection connection, Column column, byte[] pseudonym, List<UUID> ids, List<Long> numbers)
            throws SQLException {
        var name = "\"" + column.table() + "\".\"" + column.name() + "\"";
        var condition = switch (column.type()) {
            case "bytea" -> name + " = ?";
            case "_bytea" -> "? = any(" + name + ")";
            case "uuid", "int8" -> name + " = any(?)";
            case "_uuid", "_int8" -> name + " && ?";
            default -> throw new IllegalStateException("Unexpected column type " + column.type());
        };
        try (var statement = connection.prepareStatement(
                "select exists (select 1 from \"" + column.table() + "\" where " + condition + ")")) {
            switch (column.type()) {
                case "bytea", "_bytea" -> statement.setBytes(1, pseudonym);
                case "uuid", "_uuid" -> statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                default -> statement.setArray(1, connection.createArrayOf("int8", numbers.toArray()));
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private record Column(String table, String name, String type) {}
}
