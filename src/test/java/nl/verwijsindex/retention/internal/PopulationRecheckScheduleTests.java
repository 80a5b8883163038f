package nl.verwijsindex.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PopulationRecheckScheduleTests {

    @Test
    void notScheduledWithoutBrpUrl() {
        new ApplicationContextRunner()
                .withUserConfiguration(PopulationRecheckSchedule.class)
                .withPropertyValues("verwijsindex.population.file=persons.json")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(PopulationRecheckSchedule.class);
                });
    }
}
