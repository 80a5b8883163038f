package nl.verwijsindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import nl.verwijsindex.system.DemoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the application with the demo and its generated year, on the synthetic population, in a
 * data folder of its own, with a demo clock whose real time is 4 December 2026. The generation runs
 * once, while the context starts, before any test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoHistoryIntegrationTests.PinnedClock.class)
class DemoHistoryIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final Path dataFolder = temporaryFolder();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DemoHistory history;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("verwijsindex.data-dir", dataFolder::toString);
        registry.add("verwijsindex.demo", () -> "true");
        registry.add("verwijsindex.demo-history", () -> "year");
        registry.add("verwijsindex.population.file", () -> "");
        registry.add("verwijsindex.retention.signal-expiry-cron", () -> "-");
        registry.add("verwijsindex.retention.age-limit-cron", () -> "-");
        registry.add("verwijsindex.retention.archive-destruction-cron", () -> "-");
        registry.add("verwijsindex.reminders.cron", () -> "-");
    }

    @Test
    void clockIsBackAtRealTime() {
        assertThat(clock).isInstanceOf(DemoClock.class);
        assertThat(((DemoClock) clock).isAtBase()).isTrue();
        assertThat(LocalDate.now(clock)).isEqualTo(TODAY);
    }

    @Test
    void registersSignalsInEveryMonthOfYear() {
        var perMonth = jdbc.sql("""
                        select month || ' ' || count(*)
                          from (select to_char(registered_on, 'YYYY-MM') as month from signals) registered
                         group by month order by month
                        """).query(String.class).list();
        var first = jdbc.sql("select min(registered_on) from signals")
                .query(LocalDate.class)
                .single();
        var last = jdbc.sql("select max(registered_on) from signals")
                .query(LocalDate.class)
                .single();

        System.out.println("perMonth " + perMonth);
        assertThat(perMonth).hasSize(13);
        assertThat(first).isAfterOrEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(last).isBeforeOrEqualTo(TODAY);
    }

    @Test
    void everySignalEndsWithinTwoYears() {
        var beyond = jdbc.sql("select count(*) from signals where end_date > registered_on + interval '2 years'")
                .query(Long.class)
                .single();
        var total = jdbc.sql("select count(*) from signals").query(Long.class).single();

        assertThat(total).isGreaterThan(1000);
        assertThat(beyond).isZero();
    }

    @Test
    void endsSomeSignalsAndExpiresOthers() {
        var endReasons = jdbc.sql("""
                        select state || ' ' || count(*)
                          from (select coalesce(end_reason, status) as state from signals) ended
                         group by state order by state
                        """).query(String.class).list();

        System.out.println("endReasons " + endReasons);
        assertThat(endReasons).hasSize(3);
    }

    @Test
    void makesMatchesAcrossMunicipalityBorders() {
        var matches = jdbc.sql("select type || ' ' || count(*) from matches group by type order by type")
                .query(String.class)
                .list();
        var crossing = jdbc.sql("""
                        select count(*) from (
                            select mm.match_id
                              from match_members mm
                              join signals s on s.id = mm.signal_id
                              join organisations o on o.id = s.organisation_id
                             group by mm.match_id
                            having count(distinct o.municipality_id) > 1) crossing
                        """).query(Long.class).single();

        System.out.println("matches " + matches + " crossing " + crossing);
        assertThat(matches).hasSize(2);
        assertThat(crossing).isGreaterThan(10);
    }

    @Test
    void someChildrenHaveFourOrMoreProfessionals() {
        var children = jdbc.sql("""
                        select count(*) from (
                            select child_pseudonym from signals where status = 'active'
                             group by child_pseudonym having count(distinct professional_id) >= 4) busy
                        """).query(Long.class).single();

        System.out.println("busy " + children);
        assertThat(children).isGreaterThan(0);
    }

    @Test
    void generatesNothingOnRestart() throws Exception {
        var before = jdbc.sql("select count(*) from signals").query(Long.class).single();

        history.run(new DefaultApplicationArguments());

        var after = jdbc.sql("select count(*) from signals").query(Long.class).single();
        assertThat(after).isEqualTo(before);
        assertThat(Files.readString(dataFolder.resolve(DemoHistory.MARKER_FILE)))
                .startsWith("started 2026-12-04\nfinished: ");
    }

    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class PinnedClock {

        /** A demo clock over a running clock that started at noon on {@link #TODAY}. */
        @Bean
        @Primary
        DemoClock demoClock() {
            var noon = TODAY.atTime(LocalTime.NOON).atZone(DUTCH_TIME).toInstant();
            var running = Clock.offset(
                    Clock.system(DUTCH_TIME), Duration.between(Clock.systemUTC().instant(), noon));
            return new DemoClock(running);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("verwijsindex-demo-history-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
