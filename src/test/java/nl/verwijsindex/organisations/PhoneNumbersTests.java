package nl.verwijsindex.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "070 123 4567",
                "06-12345678",
                "(070) 123 45 67",
                "0201234567",
                "0900 8844",
                "0800-1234567",
                "+31 6 1234 5678",
                "+32 2 123 45 67",
                "+1 (202) 555.0143",
                "070\u00a0123\u00a04567"
            })
    void acceptsValidNumber(String number) {
        assertThat(PhoneNumbers.validate(number)).hasValue(number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345",
                "06-1234",
                "070 111 11112",
                "0012345678",
                "+0 70 123 4567",
                "+31 6 1234 5678 9012 3456",
                "bel me maar",
                "070 123 4567 toestel 12",
                "+31 6 12 34 56 78                   0",
                "+31 6 123456789",
                "+31 6 000010029",
                "+31 70 123 456",
                "06\r\n12345678",
                "06\t12345678"
            })
    void rejectsInvalidNumber(String number) {
        assertThat(PhoneNumbers.validate(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"  070 123 4567", "070 123 4567  "})
    void trimsSurroundingSpaces(String number) {
        assertThat(PhoneNumbers.validate(number)).hasValue("070 123 4567");
    }
}
