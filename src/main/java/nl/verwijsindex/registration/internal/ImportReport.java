package nl.verwijsindex.registration.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The report of rejected rows, {@code FILE.rejected.csv} beside the import file: a header
 * {@code line,code,detail}, then one line per rejected row in the order of the file. It names the
 * line, never the BSN.
 */
final class ImportReport {

    static final String HEADER = "line,code,detail";

    private ImportReport() {}

    static Path pathFor(Path importFile) {
        return importFile.resolveSibling(importFile.getFileName() + ".rejected.csv");
    }

    /** Writes the report, replacing an earlier one. */
    static Path write(Path importFile, List<ImportRejection> rejections) throws IOException {
        var target = pathFor(importFile);
        var sorted = rejections.stream()
                .sorted(Comparator.comparingInt(ImportRejection::line))
                .toList();
        try (var writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write(HEADER);
            writer.newLine();
            for (var rejection : sorted) {
                writer.write(rejection.line() + "," + rejection.code() + "," + quoted(rejection.detail()));
                writer.newLine();
            }
        }
        return target;
    }

    /** Quotes the field when it contains a comma, a quote or a line break (RFC 4180). */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
