package nl.verwijsindex.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.coordination.BorderChecks;
import nl.verwijsindex.coordination.CoordinationSteps;
import nl.verwijsindex.matching.MatchCoordination;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.notification.DemoHistoryOutbox;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.organisations.Regions;
import nl.verwijsindex.population.SyntheticFamilies;
import nl.verwijsindex.registration.SignalExpiry;
import nl.verwijsindex.registration.SignalRegistrations;
import nl.verwijsindex.system.DataFolder;
import nl.verwijsindex.system.DemoClock;
import nl.verwijsindex.system.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the demo region with a generated year of activity when {@code VERWIJSINDEX_DEMO_HISTORY} is
 * {@code year}, once per data folder, before the application reports ready. The file
 * {@code <data dir>/demo-history.txt} records that the generation started and finished, so a restart
 * generates nothing again, also after a generation that was interrupted.
 *
 * <p>While the clock is stepped back, the {@link GenerationGate} rejects web requests with 503 and
 * holds scheduled jobs, and the outbox sends nothing. Afterwards the clock returns to the real time,
 * the outbox withholds the emails queued before the last {@link #KEPT_DAYS} days and sends the rest,
 * and the gate opens. The due border checks run at the end of each generated day, so that a border
 * notice about a match of an older day is queued on that day and withheld with the day's other emails.
 */
@Component
@Order(DemoSeeder.ORDER + 1)
class DemoHistory implements ApplicationRunner {

    static final String MARKER_FILE = "demo-history.txt";

    /** The generated days, today included, whose emails are sent. The outbox withholds the older ones. */
    static final int KEPT_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final boolean enabled;
    private final Clock clock;
    private final SignalRegistrations registrations;
    private final SignalExpiry expiry;
    private final OrganisationAdministration organisations;
    private final Regions regions;
    private final SyntheticFamilies population;
    private final DemoMatchTally tally;
    private final DataFolder dataFolder;
    private final CoordinationSteps coordinationSteps;
    private final MatchCoordination coordination;
    private final BorderChecks borderChecks;
    private final DemoHistoryOutbox outbox;
    private final GenerationGate gate;

    DemoHistory(
            @Value("${verwijsindex.demo}") String demo,
            @Value("${verwijsindex.demo-history}") String history,
            DatabaseMode databaseMode,
            Clock clock,
            SignalRegistrations registrations,
            SignalExpiry expiry,
            OrganisationAdministration organisations,
            Regions regions,
            SyntheticFamilies population,
            DemoMatchTally tally,
            DataFolder dataFolder,
            CoordinationSteps coordinationSteps,
            MatchCoordination coordination,
            BorderChecks borderChecks,
            DemoHistoryOutbox outbox,
            GenerationGate gate) {
        this.enabled = DemoSeeder.enabled(demo, databaseMode)
                && "year".equals(history.trim().toLowerCase(Locale.ROOT));
        this.clock = clock;
        this.registrations = registrations;
        this.expiry = expiry;
        this.organisations = organisations;
        this.regions = regions;
        this.population = population;
        this.tally = tally;
        this.dataFolder = dataFolder;
        this.coordinationSteps = coordinationSteps;
        this.coordination = coordination;
        this.borderChecks = borderChecks;
        this.outbox = outbox;
        this.gate = gate;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!enabled) {
            return;
        }
        if (!(clock instanceof DemoClock demoClock)) {
            throw new IllegalStateException("The demo history needs the demo clock, but the application clock is a "
                    + clock.getClass().getName() + "; leave the Clock bean to SystemConfiguration");
        }
        var marker = dataFolder.resolve(MARKER_FILE);
        if (Files.exists(marker)) {
            log.info(
                    "Demo history: generated before, as {} records; delete the data folder to generate it again",
                    marker);
            return;
        }

        var today = LocalDate.now(clock);
        dataFolder.writePrivateFile(MARKER_FILE, "started " + today + "\n");
        var started = System.nanoTime();
        var counts = generate(demoClock, today);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        appendToMarker("finished: " + counts + "\n");
        log.info("Demo history: generated the year up to {} in {} s: {}", today, seconds, counts);
    }

    private HistoryCounts generate(DemoClock demoClock, LocalDate today) throws InterruptedException {
        var families = population.families().stream()
                .map(SyntheticFamilies.Family::children)
                .toList();
        if (families.isEmpty()) {
            throw new IllegalStateException("The demo history registers signals on children of the synthetic"
                    + " population; unset VERWIJSINDEX_POPULATION_FILE and the BRP settings, or set"
                    + " VERWIJSINDEX_DEMO_HISTORY to none");
        }

        var professionals = professionals();
        var steps =
                new HistoryCoordination(coordinationSteps, coordination, tally, HistoryGenerator.ACTOR, professionals);
        var generator =
                new HistoryGenerator(registrations, expiry, demoClock, steps, borderChecks, professionals, families);
        HistoryCounts counts;
        Map<UUID, DemoMatchTally.TalliedMatch> matches;
        gate.close();
        try {
            outbox.pauseSending();
            tally.start();
            try {
                counts = generator.generate(today);
            } finally {
                demoClock.returnToBase();
                matches = tally.stop();
            }
            counts.coordination = steps.counts();
            counts.withheld = withholdOlderEmails(today);
        } finally {
            outbox.endPause();
            gate.open();
        }

        countMatches(counts, matches, professionals);
        return counts;
    }

    /** Withholds the emails queued before the kept days, by the real clock, which is back at today. */
    private DemoHistoryOutbox.WithheldCounts withholdOlderEmails(LocalDate today) {
        var firstKeptDay = today.minusDays(KEPT_DAYS - 1);
        var queuedBefore = firstKeptDay.atStartOfDay(clock.getZone()).toInstant();
        return outbox.withholdQueuedBefore(queuedBefore, HistoryGenerator.ACTOR);
    }

    private static void countMatches(
            HistoryCounts counts,
            Map<UUID, DemoMatchTally.TalliedMatch> matches,
            List<HistoryGenerator.DemoProfessional> professionals) {
        var municipalityOf = new HashMap<UUID, String>();
        for (var professional : professionals) {
            municipalityOf.put(professional.professionalId(), professional.municipalityCode());
        }
        for (var match : matches.values()) {
            if (match.type() == MatchType.CHILD) {
                counts.childMatches++;
            } else {
                counts.familyMatches++;
            }
            var municipalities = match.professionalIds().stream()
                    .map(municipalityOf::get)
                    .distinct()
                    .count();
            if (municipalities > 1) {
                counts.crossBorderMatches++;
            }
        }
    }

    private List<HistoryGenerator.DemoProfessional> professionals() {
        var region = regions.all().stream()
                .filter(candidate -> candidate.name().equals(DemoNeighbours.REGION_NAME))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "The demo region " + DemoNeighbours.REGION_NAME + " is missing; the demo seeder adds it"));
        var professionals = new ArrayList<HistoryGenerator.DemoProfessional>();
        for (var municipality : regions.municipalitiesIn(region.id())) {
            for (var organisation : organisations.organisationsOf(municipality.id())) {
                for (var professional : organisation.professionals()) {
                    professionals.add(new HistoryGenerator.DemoProfessional(
                            professional.id(), organisation.id(), municipality.code()));
                }
            }
        }
        return professionals;
    }

    private void appendToMarker(String line) {
        var marker = dataFolder.resolve(MARKER_FILE);
        try {
            dataFolder.writePrivateFile(MARKER_FILE, Files.readString(marker) + line);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + marker + " failed; delete the data folder for a fresh demo", e);
        }
    }
}
