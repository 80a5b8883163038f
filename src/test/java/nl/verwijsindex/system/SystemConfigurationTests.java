package nl.verwijsindex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SystemConfigurationTests {

    private final SystemConfiguration configuration = new SystemConfiguration();

    @Test
    void usesSystemClockWithoutDemoHistory() {
        var clock = configuration.clock("none");

        assertThat(clock).isEqualTo(Clock.system(ZoneId.of("Europe/Amsterdam")));
        assertThat(clock).isNotInstanceOf(DemoClock.class);
    }

    @Test
    void usesSystemClockWhenSettingIsEmpty() {
        assertThat(configuration.clock(" ")).isEqualTo(Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void usesDemoClockForDemoYear() {
        var clock = configuration.clock("year");

        assertThat(clock).isInstanceOf(DemoClock.class);
        assertThat(((DemoClock) clock).isAtBase()).isTrue();
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void rejectsUnknownDemoHistory() {
        assertThatThrownBy(() -> configuration.clock("month"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("VERWIJSINDEX_DEMO_HISTORY is 'month'; set it to none or year, or leave it unset");
    }
}
