package nl.verwijsindex.bsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTests {

    @ParameterizedTest
    @ValueSource(strings = {"999970033", "000009830", "123456782", "111222333", "900194042"})
    void acceptsNumbersPassingElevenTest(String digits) {
        assertThat(Bsn.isValid(digits)).isTrue();
        assertThat(Bsn.of(digits).digits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "999970034",
                "999999245",
                "123456789",
                "000000000",
                "12345678",
                "1234567820",
                "",
                "99997003a",
                " 99997003",
                "９９９９７００３３"
            })
    void rejectsNumbersFailingFormatOrElevenTest(String text) {
        assertThat(Bsn.isValid(text)).isFalse();
        assertThat(Bsn.parse(text)).isEmpty();
        assertThatThrownBy(() -> Bsn.of(text))
                .isInstanceOf(InvalidBsnException.class)
                .hasMessageNotContaining(text.isEmpty() ? "\u0000" : text);
    }

    @Test
    void weighsLastDigitNegatively() {
        // 1*9 + 1*8 + 1*7 + 2*6 + 2*5 + 2*4 + 3*3 + 3*2 = 69; 69 - 3 = 66 = 6 * 11.
        assertThat(Bsn.isValid("111222333")).isTrue();
        // The same digits with the last one counted positively would need 69 + 3 = 72: not a multiple of 11.
        assertThat(Bsn.isValid("111222336")).isFalse();
    }

    @Test
    void masksDigitsWhenPrinted() {
        var bsn = Bsn.of("999970033");

        assertThat(bsn.toString()).isEqualTo("Bsn[*********]");
        assertThat(String.valueOf(bsn)).doesNotContain("999970033");
    }

    @Test
    void comparesByDigits() {
        assertThat(Bsn.of("999970033")).isEqualTo(Bsn.of("999970033")).hasSameHashCodeAs(Bsn.of("999970033"));
        assertThat(Bsn.of("999970033")).isNotEqualTo(Bsn.of("999970045"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "999970045",
                "Kind 999970045",
                "999 970 045",
                "999.970.045",
                "999-970-045",
                "999_970_045",
                "dossier 9999-70045 bijgewerkt",
                "999970045a1",
                "000009830",
                "00009830",
                "0000 9830",
                "+999970045",
                "NR 1 000010029",
                "000010029 1",
                "tel 06 000010029",
                "1-000010029",
                "+31 6 000010029",
                "٩٩٩٩٧٠٠٤٥",
                "９９９９７００４５"
            })
    void findsBsnInText(String text) {
        assertThat(Bsn.appearsIn(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "",
                "Anna de Vries",
                "070 111 1111",
                "+31 70 111 1111",
                "2026-0042-123",
                "999970046",
                "12345678",
                "99997004",
                "9999700451",
                "06 12345678",
                "9830",
                "LL-0042"
            })
    void findsNoBsnInOtherText(String text) {
        assertThat(Bsn.appearsIn(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"999970045", "999 970 045", "+999970045", "0000 9830"})
    void findsBsnAsAllDigitsOfNumber(String number) {
        assertThat(Bsn.formsDigitsOf(number)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"06 1111 1112", "070 111 11112", "+31 6 999970045", "999970046", "9999700451", ""})
    void findsNoBsnInOtherNumbers(String number) {
        assertThat(Bsn.formsDigitsOf(number)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void padsEightDigitsWithLeadingZero() {
        // 00009830 is the BSN 000009830 without its first zero; 000009831 fails the 11-test.
        assertThat(Bsn.appearsIn("00009830")).isTrue();
        assertThat(Bsn.appearsIn("00009831")).isFalse();
    }
}
