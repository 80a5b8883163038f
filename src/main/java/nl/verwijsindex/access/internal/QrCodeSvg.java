package nl.verwijsindex.access.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a QR code as an SVG element to put straight into a page. Inline SVG needs no image URL,
 * so the secret it encodes never appears in a URL, and the content security policy needs no
 * {@code data:} images.
 */
final class QrCodeSvg {

    /** Empty modules around the code, the quiet zone that the QR code standard (ISO/IEC 18004) requires. */
    private static final int QUIET_ZONE = 4;

    private static final int PIXELS_PER_MODULE = 5;

    private QrCodeSvg() {}

    /**
     * Returns an {@code <svg>} element with the code of the text, and the label as its accessible name.
     *
     * @throws IllegalArgumentException when the text is too long for a QR code
     */
    static String render(String text, String label) {
        var matrix = encode(text);
        int size = matrix.getWidth();
        var path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }

        int pixels = size * PIXELS_PER_MODULE;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(label)
                + "\" width=\"" + pixels + "\" height=\"" + pixels + "\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    private static com.google.zxing.common.BitMatrix encode(String text) {
        Map<EncodeHintType, Object> hints =
                Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text.length() + " characters as a QR code", e);
        }
    }
}
