package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemPointersTests {

    @Test
    void pointsToSimpleField() {
        assertThat(ValidationErrors.pointer("endDate")).isEqualTo("/endDate");
    }

    @Test
    void pointsIntoNestedArrays() {
        assertThat(ValidationErrors.pointer("children[2].parents[0].bsn")).isEqualTo("/children/2/parents/0/bsn");
    }

    @Test
    void escapesSlashAndTilde() {
        assertThat(ValidationErrors.pointer("a/b~c")).isEqualTo("/a~1b~0c");
    }
}
