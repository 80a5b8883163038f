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
import nl.verwijsindex.matching.MatchType;
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
 * <p>NOTE: the outbox sends the match emails of the whole year, so without SMTP settings the outbox
 * folder receives one {@code .eml} file per email, a few thousand for the year. Marking them sent
 * without delivery needs an API of the notification module, which it does not have.
 *
 * <p>NOTE: the web server already accepts requests while the generator runs, and they see the
 * generated day as today. The readiness state turns to accepting traffic only after this runner.
 */
@Component
@Order(DemoSeeder.ORDER + 1)
class DemoHistory implements ApplicationRunner {

    static final String MARKER_FILE = "demo-history.txt";

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
            DataFolder dataFolder) {
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
    }

    @Override
    public void run(ApplicationArguments args) {
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

    private HistoryCounts generate(DemoClock demoClock, LocalDate today) {
        var families = population.families().stream()
                .map(SyntheticFamilies.Family::children)
                .toList();
        if (families.isEmpty()) {
            throw new IllegalStateException("The demo history registers signals on children of the synthetic"
                    + " population; unset VERWIJSINDEX_POPULATION_FILE and the BRP settings, or set"
                    + " VERWIJSINDEX_DEMO_HISTORY to none");
        }

        var professionals = professionals();
        var generator = new HistoryGenerator(registrations, expiry, demoClock, professionals, families);
        tally.start();
        HistoryCounts counts;
        Map<UUID, DemoMatchTally.TalliedMatch> matches;
        try {
            counts = generator.generate(today);
        } finally {
            demoClock.returnToBase();
            matches = tally.stop();
        }

        countMatches(counts, matches, professionals);
        return counts;
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
