package nl.verwijsindex.organisations.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewMunicipalityFormTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0000, false", "0001, true", "0363, true", "1998, true", "1999, false", "2000, false", "9999, false"})
    void municipalityCodeRangeFollowsTable33(String code, boolean accepted) {
        assertThat(NewMunicipalityForm.isMunicipalityCode(code)).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0001, ''", "1999, code-no-municipality", "03a3, code-not-four-digits", "'', code-missing"})
    void codeErrorNamesRule(String code, String expectedCode) {
        var form = new NewMunicipalityForm(code, "Testdorp", "Anna Jansen", "anna@testdorp.test", "nl");

        var error = form.validate().on("code");

        if (expectedCode.isEmpty()) {
            assertThat(error).isNull();
        } else {
            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(expectedCode);
        }
    }
}
