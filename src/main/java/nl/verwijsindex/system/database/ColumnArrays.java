package nl.verwijsindex.system.database;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list of rows as one array per column, which a statement turns back into rows with {@code
 * unnest}, so that one statement with a fixed number of parameters inserts any number of rows. For
 * example:
 *
 * <pre>{@code
 * var columns = ColumnArrays.of(members)
 *         .uuid("match_id", NewMember::matchId)
 *         .date("joined_on", NewMember::joinedOn);
 * columns.bind(jdbc.sql("insert into match_members (match_id, joined_on)"
 *                 + " select m.match_id, m.joined_on from " + columns.unnest("m")))
 *         .update();
 * }</pre>
 *
 * <p>Each column becomes a named parameter with the column's name, cast to an array of its SQL
 * type, so the statement must use no other parameter of that name.
 *
 * @param <T> the type of one row
 */
public final class ColumnArrays<T> {

    /** The column that {@link #unnestWithPosition} adds: the row's 1-based place in the list. */
    public static final String POSITION = "position";

    /** Names go into the SQL text, so they are limited to lower-case identifiers. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final List<T> rows;
    private final List<Column> columns = new ArrayList<>();

    private ColumnArrays(List<T> rows) {
        this.rows = rows;
    }

    public static <T> ColumnArrays<T> of(List<T> rows) {
        return new ColumnArrays<>(rows);
    }

    public ColumnArrays<T> text(String name, Function<? super T, @Nullable String> value) {
        return add(name, "text", value, String[]::new);
    }

    public ColumnArrays<T> uuid(String name, Function<? super T, @Nullable UUID> value) {
        return add(name, "uuid", value, UUID[]::new);
    }

    public ColumnArrays<T> bytea(String name, Function<? super T, byte @Nullable []> value) {
        return add(name, "bytea", value, byte[][]::new);
    }

    public ColumnArrays<T> integer(String name, Function<? super T, @Nullable Integer> value) {
        return add(name, "integer", value, Integer[]::new);
    }

    public ColumnArrays<T> smallint(String name, Function<? super T, @Nullable Integer> value) {
        return add(name, "smallint", value, Integer[]::new);
    }

    public ColumnArrays<T> bool(String name, Function<? super T, @Nullable Boolean> value) {
        return add(name, "boolean", value, Boolean[]::new);
    }

    /** Adds a date column. The dates travel as ISO text, which the cast to {@code date[]} reads. */
    public ColumnArrays<T> date(String name, Function<? super T, @Nullable LocalDate> value) {
        return add(
                name,
                "date",
                row -> {
                    var date = value.apply(row);
                    return date == null ? null : date.toString();
                },
                String[]::new);
    }

    /** Returns the column names, comma-separated, in the order they were added. */
    public String names() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** Returns the {@code from} item {@code unnest(...) as alias(names)}. */
    public String unnest(String alias) {
        return "unnest(" + arrays() + ") as " + alias + "(" + names() + ")";
    }

    /**
     * Returns the {@code from} item {@code unnest(...) with ordinality as alias(names, position)},
     * for a statement that must keep the rows in the list's order with {@code order by
     * alias.position}.
     */
    public String unnestWithPosition(String alias) {
        return "unnest(" + arrays() + ") with ordinality as " + alias + "(" + names() + ", " + POSITION + ")";
    }

    /** Binds each column's array to the named parameter of its name. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        var bound = statement;
        for (var column : columns) {
            bound = bound.param(column.name(), column.values());
        }
        return bound;
    }

    private String arrays() {
        return columns.stream()
                .map(column -> ":" + column.name() + "::" + column.type() + "[]")
                .collect(Collectors.joining(", "));
    }

    private <V> ColumnArrays<T> add(
            String name, String type, Function<? super T, ? extends @Nullable V> value, IntFunction<V[]> arrays) {
        if (!NAME.matcher(name).matches() || name.equals(POSITION)) {
            throw new IllegalArgumentException("Invalid column name '" + name
                    + "': use lower-case letters, digits and underscores, starting with a letter, and not '"
                    + POSITION + "'");
        }
        if (columns.stream().anyMatch(column -> column.name().equals(name))) {
            throw new IllegalArgumentException("Duplicate column name '" + name + "': give each column its own name");
        }
        var values = arrays.apply(rows.size());
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(rows.get(i));
        }
        columns.add(new Column(name, type, values));
        return this;
    }

    private record Column(String name, String type, Object[] values) {}
}
