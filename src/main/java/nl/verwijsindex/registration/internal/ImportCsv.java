package nl.verwijsindex.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits the lines of an import file into fields: comma-separated, where a field in double quotes
 * may contain commas and a doubled quote stands for one quote (RFC 4180). A field cannot span lines.
 */
final class ImportCsv {

    /** The header line that every import file starts with. */
    static final String HEADER = "bsn,professional_id,registered_on,end_date,own_reference,ended_on,end_reason";

    static final int COLUMNS = 7;

    private ImportCsv() {}

    /** Returns the fields of the line, or empty when a quoted field is not closed or text follows its closing quote. */
    static Optional<List<String>> fields(String line) {
        var fields = new ArrayList<String>(COLUMNS);
        var field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        return Optional.empty();
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    return Optional.empty();
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return Optional.of(fields);
            }
            i++;
        }
    }
}
