package nl.verwijsindex.bench.report;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of CSV as PostgreSQL's {@code copy ... (format csv)} writes it (RFC 4180 quoting). */
final class CsvLine {

    private CsvLine() {}

    /**
     * Splits the line into its fields. A field in double quotes may contain commas, and two double
     * quotes in it stand for one. Fields that span lines are not supported.
     */
    static List<String> split(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Invalid CSV line, a quoted field is not closed: " + line);
        }
        fields.add(field.toString());
        return fields;
    }
}
