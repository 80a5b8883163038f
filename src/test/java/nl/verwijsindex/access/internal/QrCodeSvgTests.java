package nl.verwijsindex.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeSvgTests {

    private static final String URI =
            "otpauth://totp/Verwijsindex:nina%40school.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Verwijsindex"
                    + "&algorithm=SHA1&digits=6&period=30";
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    @Test
    void drawnCodeDecodesToText() throws Exception {
        var svg = QrCodeSvg.render(URI, "QR-code");

        var decoded = new QRCodeReader().decode(bitmap(svg), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));

        assertThat(decoded.getText()).isEqualTo(URI);
    }

    @Test
    void labelIsEscapedAccessibleName() {
        var svg = QrCodeSvg.render(URI, "code \"<b>\" & meer");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
        assertThat(svg).contains("aria-label=\"code &quot;&lt;b&gt;&quot; &amp; meer\"");
    }

    /** Draws the SVG's modules again, 4 pixels each, as black and white luminance. */
    private static BinaryBitmap bitmap(String svg) {
        var viewBox = VIEW_BOX.matcher(svg);
        assertThat(viewBox.find()).isTrue();
        int modules = Integer.parseInt(viewBox.group(1));
        int scale = 4;
        int size = modules * scale;
        var pixels = new byte[size * size];
        java.util.Arrays.fill(pixels, (byte) 0xff);
        var module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size + x * scale + dx] = 0;
                }
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new Luminance(pixels, size)));
    }

    private static final class Luminance extends LuminanceSource {

        private final byte[] pixels;

        Luminance(byte[] pixels, int size) {
            super(size, size);
            this.pixels = pixels;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            var copy = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), copy, 0, getWidth());
            return copy;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
