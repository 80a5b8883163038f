package nl.verwijsindex.bench.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.verwijsindex.bench.population.NationalPopulation;
import nl.verwijsindex.bench.population.Options;

/**
 * Writes the signals of the national data set in the import format of {@code import-signals}:
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" nl.verwijsindex.bench.generate.NationalSignals \
 *   --fixture bench/work/fixture.json --persons 5000000 --seed 1 --active 500000 --archived 1200000 \
 *   --today 2026-12-05 --out bench/work/national.csv [--reference-date 2026-12-05]
 * </pre>
 *
 * The same options give the same file. The children come from {@link NationalPopulation} with the
 * same persons and seed as the BRP stub, and the professionals from the fixture.
 */
public final class NationalSignals {

    static final String HEADER = "bsn,professional_id,registered_on,end_date,own_reference,ended_on,end_reason";

    private NationalSignals() {}

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static void run(String[] args) throws IOException {
        var options = Options.parse(
                args,
                "--fixture",
                "--persons",
                "--seed",
                "--active",
                "--archived",
                "--today",
                "--out",
                "--reference-date");
        var fixture = Path.of(options.text("--fixture", "bench/work/fixture.json"));
        int persons = options.integer("--persons", 5_000_000);
        int seed = options.integer("--seed", 1);
        int active = options.integer("--active", 500_000);
        int archived = options.integer("--archived", 1_200_000);
        var today = LocalDate.parse(options.text("--today", LocalDate.now().toString()));
        var out = Path.of(options.text("--out", "bench/work/national.csv"));
        if (active < 0 || archived < 0) {
            throw new IllegalArgumentException(
                    "--active and --archived must be 0 or more, not " + active + " and " + archived);
        }

        long started = System.nanoTime();
        var population = NationalPopulation.of(seed, persons, options.referenceDate());
        long populated = System.nanoTime();
        System.out.printf(
                "Population of %d persons computed in %d ms: %d eligible children%n",
                persons, (populated - started) / 1_000_000, population.children());

        var organisations = Organisations.read(fixture);
        var generator = new SignalGenerator(population, organisations, seed, today);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        var temporary = out.resolveSibling(out.getFileName() + ".part");
        try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write(HEADER);
            writer.write('\n');
            generator.write(writer, active, archived);
        }
        Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        System.out.printf(
                "%s written in %d ms: %s%n", out, (System.nanoTime() - populated) / 1_000_000, generator.summary());
        if (generator.shortfall() > 0) {
            System.err.println("The population has too few eligible children for " + (active + archived) + " signals; "
                    + generator.shortfall() + " were not written. Give more --persons.");
            System.exit(1);
        }
    }
}
