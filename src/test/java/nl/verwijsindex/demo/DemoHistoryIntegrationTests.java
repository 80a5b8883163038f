package nl.verwijsindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
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

    /** The start of the first of the last 7 generated days, whose emails the outbox sends. */
    static final Timestamp FIRST_KEPT =
            Timestamp.from(LocalDate.of(2026, 11, 28).atStartOfDay(DUTCH_TIME).toInstant());

    static final String REASON = "generated-demo-history";

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

        assertThat(perMonth)
                .containsExactly(
                        "2025-12 140",
                        "2026-01 175",
                        "2026-02 152",
                        "2026-03 178",
                        "2026-04 164",
                        "2026-05 169",
                        "2026-06 169",
                        "2026-07 84",
                        "2026-08 79",
                        "2026-09 143",
                        "2026-10 151",
                        "2026-11 163",
                        "2026-12 30");
        assertThat(first).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(last).isEqualTo(TODAY);
    }

    @Test
    void registersExpectedRangePerMonth() {
        var perMonth = jdbc.sql("""
                        select count(*) from signals
                         where registered_on >= date '2026-01-01' and registered_on < date '2026-12-01'
                         group by date_trunc('month', registered_on)
                         order by date_trunc('month', registered_on)
                        """).query(Long.class).list();

        assertThat(perMonth).hasSize(11);
        // A month has 20 to 23 weekdays with 5 to 10 signals each, and half as many in July and August.
        for (int month = 0; month < perMonth.size(); month++) {
            var summer = month == 6 || month == 7;
            assertThat(perMonth.get(month))
                    .as("signals in month %d of 2026", month + 1)
                    .isBetween(summer ? 40L : 100L, summer ? 125L : 250L);
        }
    }

    @Test
    void everySignalEndsWithinTwoYears() {
        var beyond = jdbc.sql("select count(*) from signals where end_date > registered_on + interval '2 years'")
                .query(Long.class)
                .single();
        var total = jdbc.sql("select count(*) from signals").query(Long.class).single();

        assertThat(total).isEqualTo(1797);
        assertThat(beyond).isZero();
    }

    @Test
    void endsSomeSignalsAndExpiresOthers() {
        var endReasons = jdbc.sql("""
                        select state || ' ' || count(*)
                          from (select coalesce(end_reason, status) as state from signals) ended
                         group by state order by state
                        """).query(String.class).list();

        assertThat(endReasons).containsExactly("active 1329", "end-date 111", "risk-gone 357");
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

        assertThat(matches).containsExactly("child 391", "family 134");
        assertThat(crossing).isEqualTo(298);
    }

    @Test
    void someChildrenHaveFourOrMoreProfessionals() {
        var children = jdbc.sql("""
                        select count(*) from (
                            select child_pseudonym from signals where status = 'active'
                             group by child_pseudonym having count(distinct professional_id) >= 4) busy
                        """).query(Long.class).single();

        assertThat(children).isEqualTo(60);
    }

    @Test
    void auditsEveryRegistrationAndEnding() {
        var purposes = jdbc.sql("""
                        select purpose || ' ' || action || ' ' || outcome || ' ' || count(*)
                          from audit_entries
                         where actor_type = 'system' and actor_id = 'demo-history'
                         group by purpose, action, outcome order by purpose, action, outcome
                        """).query(String.class).list();

        // A repeated request returns the professional's active signal, which is recorded as a read.
        assertThat(purposes)
                .containsExactly(
                        "accept-coordinator write success 243",
                        "decline-coordinator write success 93",
                        "end-signal write success 357",
                        "propose-coordinator write success 42",
                        "record-contact write success 1259",
                        "register-signal read success 99",
                        "register-signal write rejected 5",
                        "register-signal write success 1797",
                        "withhold-message write success 7951");
    }

    @Test
    void auditsFirstSignalWithEveryField() {
        var entry = jdbc.sql("""
                        select a.action || '|' || a.outcome || '|' || a.actor_type || '|' || a.actor_id
                               || '|' || coalesce(a.actor_role, '-') || '|' || coalesce(a.actor_organisation_id::text, '-')
                               || '|' || coalesce(a.on_behalf_of_id::text, '-') || '|' || coalesce(a.origin, '-')
                               || '|' || a.object_type || '|' || (a.object_id = s.id::text)
                               || '|' || (a.child_pseudonym = s.child_pseudonym)
                          from audit_entries a
                          join signals s on a.object_id = s.id::text
                         where a.purpose = 'register-signal' and a.action = 'write'
                           and s.number = (select min(number) from signals)
                        """).query(String.class).single();
        var ending = jdbc.sql("""
                        select a.action || '|' || a.outcome || '|' || a.actor_id || '|' || (a.on_behalf_of_id = s.professional_id)
                               || '|' || a.object_type || '|' || (a.child_pseudonym = s.child_pseudonym)
                          from audit_entries a
                          join signals s on a.object_id = s.id::text
                         where a.purpose = 'end-signal'
                           and s.number = (select min(number) from signals where end_reason = 'risk-gone')
                        """).query(String.class).single();

        assertThat(entry).isEqualTo("write|success|system|demo-history|-|-|-|-|signal|true|true");
        assertThat(ending).isEqualTo("write|success|demo-history|true|signal|true");
    }

    @Test
    void variesCoordinationStatusOfActiveMatches() {
        var statuses = jdbc.sql("""
                        select coalesce(c.status, 'new') || ' ' || count(*)
                          from matches m left join match_coordination c on c.match_id = m.id
                         where m.ended_on is null
                         group by coalesce(c.status, 'new') order by coalesce(c.status, 'new')
                        """).query(String.class).list();
        var openProposals = jdbc.sql("""
                        select count(*) from matches m join match_coordination c on c.match_id = m.id
                         where m.ended_on is null and c.proposed_coordinator_id is not null
                        """).query(Long.class).single();
        var proposedByMember = jdbc.sql("select count(*) from match_coordination where proposed_by_id is not null")
                .query(Long.class)
                .single();
        assertThat(statuses).containsExactly("coordinated 163", "in-contact 199", "new 33");
        assertThat(openProposals).isEqualTo(109);
        assertThat(proposedByMember).isEqualTo(15);
    }

    @Test
    void recordsContactWithinPlannedDays() {
        var contacts = jdbc.sql("select count(*) from match_contacts")
                .query(Long.class)
                .single();
        var firstDay = jdbc.sql("""
                        select min(c.contacted_on - m.since) from match_contacts c join matches m on m.id = c.match_id
                        """).query(Integer.class).single();

        // Contacts of members who left the match are deleted with their membership.
        assertThat(contacts).isEqualTo(1028);
        assertThat(firstDay).isEqualTo(1);
    }

    /** Counts what the list of matches without contact of 's-Gravenhage shows, by its rule of 14 days. */
    @Test
    void oversightListShowsHandfulWithoutContact() {
        var listed = jdbc.sql("""
                        select count(*)
                          from overseen_matches o
                          join overseen_match_municipalities mm on mm.match_id = o.match_id
                          join matches m on m.id = o.match_id
                         where mm.municipality_code = '0518' and mm.current and m.ended_on is null
                           and o.made_on <= date '2026-11-20'
                           and not exists (select 1 from match_contacts c where c.match_id = o.match_id)
                        """).query(Long.class).single();
        var madeInNovember = jdbc.sql("""
                        select count(*)
                          from overseen_matches o
                          join overseen_match_municipalities mm on mm.match_id = o.match_id
                          join matches m on m.id = o.match_id
                         where mm.municipality_code = '0518' and mm.current and m.ended_on is null
                           and o.made_on between date '2026-11-01' and date '2026-11-20'
                           and not exists (select 1 from match_contacts c where c.match_id = o.match_id)
                        """).query(Long.class).single();
        var days = jdbc.sql("select match_contact_days from municipalities where code = '0518'")
                .query(Integer.class)
                .single();

        assertThat(days).isEqualTo(14);
        assertThat(listed).isEqualTo(23);
        assertThat(madeInNovember).isEqualTo(8);
    }

    @Test
    void placesEveryMatchBeforeWithholding() {
        var due = jdbc.sql("select count(*) from overseen_matches where check_due")
                .query(Long.class)
                .single();
        var placedPerType = jdbc.sql("""
                        select m.type || ' ' || count(*) from matches m
                         where m.ended_on is null
                           and exists (select 1 from overseen_match_municipalities mm
                                        where mm.match_id = m.id and mm.current)
                         group by m.type order by m.type
                        """).query(String.class).list();
        var activePerType = jdbc.sql("""
                        select type || ' ' || count(*) from matches where ended_on is null
                         group by type order by type
                        """).query(String.class).list();
        // A notice is queued when the match is made or when a member from another municipality joins it.
        var noticedOnOtherDays = jdbc.sql("""
                        select count(*) from overseen_match_municipalities mm
                          join overseen_matches o on o.match_id = mm.match_id
                         where mm.noticed_on is not null and mm.noticed_on <> o.made_on
                           and not exists (select 1 from match_members j
                                            where j.match_id = mm.match_id and j.joined_on = mm.noticed_on)
                        """).query(Long.class).single();
        var noticedSinceFirstKeptOnOlderMatches =
                jdbc.sql("""
                        select count(*) from overseen_match_municipalities mm
                          join overseen_matches o on o.match_id = mm.match_id
                         where mm.noticed_on >= date '2026-11-28' and o.made_on < date '2026-11-28'
                        """).query(Long.class).single();

        assertThat(due).isZero();
        assertThat(placedPerType).isEqualTo(activePerType);
        assertThat(activePerType).containsExactly("child 289", "family 106");
        assertThat(noticedOnOtherDays).isZero();
        // Members from another municipality joined 2 older matches on one of the last 7 days.
        assertThat(noticedSinceFirstKeptOnOlderMatches).isEqualTo(2);
    }

    @Test
    void auditsCoordinationStepOnBehalfOfMember() {
        var entry = jdbc.sql("""
                        select a.action || '|' || a.outcome || '|' || a.actor_type || '|' || a.actor_id
                               || '|' || coalesce(a.actor_role, '-') || '|' || coalesce(a.actor_organisation_id::text, '-')
                               || '|' || coalesce(a.origin, '-') || '|' || a.object_type
                               || '|' || coalesce(encode(a.child_pseudonym, 'hex'), '-')
                               || '|' || (c.contacted_on = (a.recorded_at at time zone 'Europe/Amsterdam')::date)
                          from audit_entries a
                          join match_contacts c on c.match_id::text = a.object_id and c.professional_id = a.on_behalf_of_id
                         where a.purpose = 'record-contact'
                         order by a.sequence
                         limit 1
                        """).query(String.class).single();

        assertThat(entry).isEqualTo("write|success|system|demo-history|-|-|-|match|-|true");
    }

    @Test
    void withholdsEmailsOlderThanSevenDays() {
        var withheld =
                jdbc.sql("""
                        select 'match ' || (select count(*) from notification_messages where withheld_reason = ?)
                            || ', coordination ' || (select count(*) from coordination_messages where withheld_reason = ?)
                            || ', border ' || (select count(*) from border_notices where withheld_reason = ?)
                        """).params(REASON, REASON, REASON).query(String.class).single();
        var kept =
                jdbc.sql("""
                        select 'match ' || (select count(*) from notification_messages where created_at >= ?)
                            || ', coordination ' || (select count(*) from coordination_messages where created_at >= ?)
                        """).params(FIRST_KEPT, FIRST_KEPT).query(String.class).single();
        var withheldSinceFirstKept =
                jdbc.sql("""
                        select (select count(*) from notification_messages where withheld_reason is not null and created_at >= ?)
                             + (select count(*) from coordination_messages where withheld_reason is not null and created_at >= ?)
                        """).params(FIRST_KEPT, FIRST_KEPT).query(Long.class).single();
        var olderNotWithheld =
                jdbc.sql("""
                        select (select count(*) from notification_messages where withheld_reason is null and created_at < ?)
                             + (select count(*) from coordination_messages where withheld_reason is null and created_at < ?)
                        """).params(FIRST_KEPT, FIRST_KEPT).query(Long.class).single();

        assertThat(withheld).isEqualTo("match 3895, coordination 3956, border 100");
        assertThat(kept).isEqualTo("match 127, coordination 79");
        assertThat(withheldSinceFirstKept).isZero();
        assertThat(olderNotWithheld).isZero();
    }

    @Test
    void dispatcherSendsOnlyKeptEmails() throws IOException {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("""
                        select (select count(*) from notification_messages where sent_at is null and cancelled_at is null)
                             + (select count(*) from coordination_messages where sent_at is null and cancelled_at is null)
                             + (select count(*) from border_notices where withheld_reason is null)
                        """).query(Long.class).single() == 0);

        var sent = jdbc.sql("""
                        select 'match ' || (select count(*) from notification_messages where sent_at is not null)
                            || ', coordination ' || (select count(*) from coordination_messages where sent_at is not null)
                        """).query(String.class).single();
        var withheldSent = jdbc.sql("""
                        select (select count(*) from notification_messages where withheld_reason is not null and sent_at is not null)
                             + (select count(*) from coordination_messages where withheld_reason is not null and sent_at is not null)
                        """).query(Long.class).single();
        var sentBeforeFirstKept =
                jdbc.sql("""
                        select (select count(*) from notification_messages where sent_at is not null and created_at < ?)
                             + (select count(*) from coordination_messages where sent_at is not null and created_at < ?)
                        """).params(FIRST_KEPT, FIRST_KEPT).query(Long.class).single();
        long files;
        try (var listing = Files.list(dataFolder.resolve("outbox"))) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".eml"))
                    .count();
        }

        var borderNoticesLeft = jdbc.sql("select count(*) from border_notices where withheld_reason is null")
                .query(Long.class)
                .single();

        // The dispatcher cancels 3 kept coordination emails, because a member they name left the match.
        // A sent border notice leaves no row, so the 2 kept ones show only as files.
        assertThat(sent).isEqualTo("match 127, coordination 76");
        assertThat(borderNoticesLeft).isZero();
        assertThat(withheldSent).isZero();
        assertThat(sentBeforeFirstKept).isZero();
        assertThat(files).isEqualTo(127 + 76 + 2);
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

        /** Returns a demo clock over a running clock that started at noon on {@link #TODAY}. */
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
