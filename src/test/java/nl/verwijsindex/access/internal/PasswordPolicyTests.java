package nl.verwijsindex.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.verwijsindex.access.WeakPasswordException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"", "kort", "elf-tekens!", "ëëëëëëëëëëë"})
    void rejectsPasswordShorterThanTwelve(String password) {
        assertThatThrownBy(() -> policy.check(password))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessage("The password is shorter than 12 characters");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Wachtwoord123", "WELKOMWELKOM", "1qaz2wsx3edc", "Amsterdam2026!", "123456789012", "aaaaaaaaaaaa"
            })
    void rejectsCommonPassword(String password) {
        assertThatThrownBy(() -> policy.check(password))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessage("The password is on the list of common passwords; choose another");
    }

    @ParameterizedTest
    @ValueSource(strings = {"twaalf-tekens", "ëëëëëëëëëëëë", "paars-fietsje-onder-de-brug"})
    void acceptsLongUncommonPassword(String password) {
        assertThatCode(() -> policy.check(password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nina.nieuw@school.test", "NINA.NIEUW@SCHOOL.TEST!", "mijn-nina.nieuw-2026"})
    void rejectsPasswordContainingEmail(String password) {
        assertThat(policy.problem(password, "nina.nieuw@school.test")).hasValue(PasswordPolicy.Problem.CONTAINS_EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paars-fietsje-onder-de-brug", "jan-is-een-fietser"})
    void acceptsPasswordWithoutEmail(String password) {
        assertThat(policy.problem(password, "nina.nieuw@school.test")).isEmpty();
        assertThat(policy.problem(password, "jan@school.test")).isEmpty();
    }
}
