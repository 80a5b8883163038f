package nl.verwijsindex.subjectrights.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes plain text to A4 pages with PDFBox: headings and paragraphs, wrapped at word boundaries,
 * with a new page whenever the current one is full. The document language is Dutch ({@code nl-NL}).
 *
 * <p>Paragraphs use Liberation Sans, which PDFBox ships inside its jar and which covers the Latin
 * letters of names such as {@code Łukasz Şahin-Nguyễn}; the letter embeds the subset it uses.
 * Headings use the standard Helvetica Bold, which covers only WinAnsi. A character that the font
 * cannot encode is written in its closest WinAnsi form ({@link WinAnsiText}), and as {@code ?} when
 * it has none.
 */
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 10;
    private static final float HEADING_SIZE = 13;
    private static final float LEADING = 1.4f;

    /**
     * The font inside the PDFBox jar (3.0.x) that PDFBox itself uses for form fields. NOTE: the path
     * is not a public PDFBox API, and a later PDFBox may move it. The letter then falls back to
     * Helvetica with WinAnsi forms of the names.
     */
    static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final Logger log = LoggerFactory.getLogger(PdfWriter.class);

    private final PDDocument document = new PDDocument();
    private final PDFont regular = loadRegular(document);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;

    PdfWriter(String title) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentCatalog().setLanguage("nl-NL");
        content = newPage();
    }

    void heading(String text) {
        space();
        lines(bold, HEADING_SIZE, text);
    }

    void paragraph(String text) {
        lines(regular, BODY_SIZE, text);
    }

    /** Leaves an empty half line. */
    void space() {
        y -= BODY_SIZE * LEADING / 2;
    }

    /** Closes the document and returns its bytes. */
    byte[] toBytes() {
        try {
            content.close();
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the PDF failed", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the PDF failed", e);
        }
    }

    private void lines(PDFont font, float size, String text) {
        for (var line : wrap(font, size, printable(font, text))) {
            if (y - size * LEADING < MARGIN) {
                closeContent();
                content = newPage();
            }
            y -= size * LEADING;
            try {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            } catch (IOException e) {
                throw new UncheckedIOException("Writing a line to the PDF failed", e);
            }
        }
    }

    private List<String> wrap(PDFont font, float size, String text) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.split(" ")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces each control character with {@code ?}, and each character the font cannot encode with
     * its closest WinAnsi form, or {@code ?} when that cannot be encoded either.
     */
    private static String printable(PDFont font, String text) {
        var result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            var character = new String(Character.toChars(codePoint));
            if (Character.isISOControl(codePoint)) {
                result.append('?');
            } else if (encodable(font, character)) {
                result.append(character);
            } else {
                var closest = WinAnsiText.closest(character);
                result.append(!closest.isEmpty() && encodable(font, closest) ? closest : "?");
            }
        });
        return result.toString();
    }

    private static boolean encodable(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static PDFont loadRegular(PDDocument document) {
        try (var font = PdfWriter.class.getResourceAsStream(UNICODE_FONT)) {
            if (font != null) {
                return PDType0Font.load(document, font);
            }
        } catch (IOException e) {
            log.warn("Loading the font {} failed, so the letter uses Helvetica", UNICODE_FONT, e);
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        log.warn("The font {} is missing, so the letter uses Helvetica", UNICODE_FONT);
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private PDPageContentStream newPage() {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        try {
            return new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException("Starting a PDF page failed", e);
        }
    }

    private void closeContent() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Finishing a PDF page failed", e);
        }
    }
}
