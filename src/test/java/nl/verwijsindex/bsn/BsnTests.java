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
}
