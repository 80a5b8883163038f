package nl.verwijsindex.registration.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verwijsindex.registration.SignalImportException;

/** Reads an import file to the end, checking each line with {@link ImportRowRules}. */
final class ImportFileReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ImportFileReader() {}

    /**
     * Returns the rows that passed the checks, in the order of the file, and adds the rejected lines
     * to {@code rejections}.
     *
     * @throws SignalImportException when the file cannot be read, is empty, is not UTF-8 or has another header
     */
    static List<ImportRow> read(Path file, LocalDate today, List<ImportRejection> rejections, ImportProgress progress) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new SignalImportException("The import file " + file
                    + " does not exist or cannot be read; check the path and its permissions");
        }
        var rules = new ImportRowRules(today);
        var rows = new ArrayList<ImportRow>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var header = reader.readLine();
            if (header != null && !header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK) {
                header = header.substring(1);
            }
            if (header == null) {
                throw new SignalImportException("The import file " + file + " is empty; start it with the header line "
                        + ImportCsv.HEADER + " and put one signal on each line after it");
            }
            if (!withoutCarriageReturn(header).equals(ImportCsv.HEADER)) {
                throw new SignalImportException("Line 1 of " + file + " is not the header of the import format;"
                        + " start the file with the line " + ImportCsv.HEADER);
            }
            int number = 1;
            String text;
            while ((text = reader.readLine()) != null) {
                number++;
                var checked = rules.check(number, withoutCarriageReturn(text));
                if (checked instanceof ImportRow row) {
                    rows.add(row);
                } else {
                    rejections.add((ImportRejection) checked);
                    progress.rejected.incrementAndGet();
                }
                progress.read.incrementAndGet();
                progress.update();
            }
        } catch (CharacterCodingException e) {
            throw new SignalImportException(
                    "The import file " + file + " is not valid UTF-8; save it as UTF-8 and run the import again", e);
        } catch (IOException e) {
            throw new SignalImportException("Reading the import file " + file + " failed: " + e.getMessage(), e);
        }
        return rows;
    }

    private static String withoutCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
