package nl.verwijsindex.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnArraysTests {

    private record Visit(String place, LocalDate day) {}

    private static final List<Visit> VISITS =
            List.of(new Visit("school", LocalDate.of(2026, 12, 4)), new Visit("home", LocalDate.of(2026, 12, 5)));

    @Test
    void unnestCastsColumnsToArrays() {
        var columns = ColumnArrays.of(VISITS).text("place", Visit::place).date("day", Visit::day);

        assertThat(columns.names()).isEqualTo("place, day");
        assertThat(columns.unnest("v")).isEqualTo("unnest(:place::text[], :day::date[]) as v(place, day)");
        assertThat(columns.unnestWithPosition("v"))
                .isEqualTo("unnest(:place::text[], :day::date[]) with ordinality as v(place, day, position)");
    }

    @Test
    void rejectsInvalidName() {
        assertThatThrownBy(() -> ColumnArrays.of(VISITS).text("place; drop", Visit::place))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid column name 'place; drop': use lower-case letters");
        assertThatThrownBy(() -> ColumnArrays.of(VISITS).text("position", Visit::place))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid column name 'position'");
    }

    @Test
    void rejectsDuplicateName() {
        var columns = ColumnArrays.of(VISITS).text("place", Visit::place);

        assertThatThrownBy(() -> columns.text("place", Visit::place))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Duplicate column name 'place': give each column its own name");
    }
}
