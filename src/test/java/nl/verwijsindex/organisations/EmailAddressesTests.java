package nl.verwijsindex.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "amira.elidrissi@vlinder.example",
                "Amira.ElIdrissi@Vlinder.Example",
                "regie+jeugd@gemeente.example.nl",
                "o'brien@school.example",
                "a@b.nl"
            })
    void acceptsPlainAddress(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "geen-adres",
                "naam@example.org.",
                "naam@.example.org",
                "naam@example..org",
                "naam@localhost",
                "naam.@example.org",
                ".naam@example.org",
                "na..am@example.org",
                "naam@@example.org",
                "na am@example.org",
                "naam@exa mple.org",
                "Naam <naam@example.org>",
                "<naam@example.org>",
                "naam@example.org, ander@example.org",
                "naam@[192.0.2.1]",
                "naam@example.org\r\nBcc: ander@example.org",
                "zoë@example.org",
                "naam@bücher.example"
            })
    void rejectsInvalidAddress(String address) {
        assertThat(EmailAddresses.isValid(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 255})
    void limitsAddressTo254Characters(int length) {
        var labels = (".d" + "d".repeat(48)).repeat(4);
        var address = "a@e" + "e".repeat(length - 6 - labels.length()) + labels + ".nl";

        assertThat(address).hasSize(length);
        assertThat(EmailAddresses.isValid(address)).isEqualTo(length <= 254);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void limitsLocalPartTo64Characters(int length) {
        var address = "a".repeat(length) + "@example.org";

        assertThat(EmailAddresses.isValid(address)).isEqualTo(length <= 64);
    }
}
