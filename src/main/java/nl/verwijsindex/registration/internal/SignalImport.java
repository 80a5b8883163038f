package nl.verwijsindex.registration.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.registration.SignalImportException;
import nl.verwijsindex.registration.SignalImports;
import nl.verwijsindex.registration.internal.ImportPreparation.PreparedChunk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs an import: it reads and checks the whole file, sorts the rows by registration date so that
 * matches are made in the order the signals were registered, and then stores them in chunks. While
 * one chunk is stored, the next is checked against the population register.
 */
@Service
class SignalImport implements SignalImports {

    private static final Logger log = LoggerFactory.getLogger(SignalImport.class);

    private final DataSource dataSource;
    private final Professionals professionals;
    private final PopulationRegister population;
    private final Pseudonymisation pseudonymisation;
    private final ImportWriter writer;
    private final ImportRuns runs;
    private final ImportAudit audit;
    private final Clock clock;
    private final int chunkSize;
    private final int lookupThreads;

    /** The BRP Personen API's URL for messages, empty when the register is a file or synthetic. */
    private final String registerUrl;

    SignalImport(
            DataSource dataSource,
            Professionals professionals,
            PopulationRegister population,
            Pseudonymisation pseudonymisation,
            ImportWriter writer,
            ImportRuns runs,
            ImportAudit audit,
            Clock clock,
            @Value("${verwijsindex.import.chunk-size:1000}") int chunkSize,
            @Value("${verwijsindex.import.lookup-threads:8}") int lookupThreads,
            @Value("${verwijsindex.population.brp.url:}") String registerUrl) {
        if (chunkSize < 1 || lookupThreads < 1) {
            throw new IllegalArgumentException("Invalid import settings: chunk size " + chunkSize + ", look-up threads "
                    + lookupThreads + "; set VERWIJSINDEX_IMPORT_CHUNK_SIZE and VERWIJSINDEX_IMPORT_LOOKUP_THREADS"
                    + " to 1 or more");
        }
        this.dataSource = dataSource;
        this.professionals = professionals;
        this.population = population;
        this.pseudonymisation = pseudonymisation;
        this.writer = writer;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.lookupThreads = lookupThreads;
        this.registerUrl = registerUrl;
    }

    @Override
    public Result importFile(Path file, PrintStream progressOutput, boolean terminal) {
        return importFile(file, progressOutput, terminal, chunkSize);
    }

    /** Imports with the given number of rows per transaction, which tests set small to get several chunks. */
    Result importFile(Path file, PrintStream progressOutput, boolean terminal, int rowsPerChunk) {
        try (var lock = ImportLock.acquire(dataSource)) {
            failInterruptedRuns();
            return run(file, new ImportProgress(progressOutput, terminal, System::nanoTime), rowsPerChunk);
        } catch (java.sql.SQLException e) {
            throw new SignalImportException("Releasing the import lock failed: " + e.getMessage(), e);
        }
    }

    /**
     * Marks the runs that a killed process left {@code running} as failed, each with the run's audit
     * entry that its process never wrote.
     */
    private void failInterruptedRuns() {
        for (var runId : runs.failInterrupted()) {
            audit.run(runId, false);
            log.warn("Import {} was interrupted before it finished, so it is marked as failed", runId);
        }
    }

    private Result run(Path file, ImportProgress progress, int rowsPerChunk) {
        var today = LocalDate.now(clock);
        var runId = runs.start(file.getFileName().toString());
        log.info("Import {} started", runId);
        var rejections = new ArrayList<ImportRejection>();
        var counts = ImportCounts.NONE;
        boolean fileAccepted = false;
        boolean finished = false;
        try {
            var rows = ImportFileReader.read(file, today, rejections, progress);
            fileAccepted = true;
            runs.read(runId, progress.read.get(), rejections.size());
            progress.total(progress.read.get());

            var stored = store(runId, sortedByRegistration(rows), rejections, progress, today, rowsPerChunk);
            counts = new ImportCounts(stored.imported(), stored.alreadyPresent(), rejections.size());
            finished = true;
        } catch (PopulationRegisterUnavailableException | PopulationRegisterConfigurationException e) {
            throw new SignalImportException(registerFailure(e), e);
        } finally {
            if (!finished) {
                counts = new ImportCounts(progress.imported.get(), progress.alreadyPresent.get(), rejections.size());
            }
            finish(runId, file, progress, rejections, counts, finished, fileAccepted);
        }
        return new Result(counts.imported(), counts.alreadyPresent(), counts.rejected(), ImportReport.pathFor(file));
    }

    /** Describes the register's failure with its URL, without repeating "the population register". */
    private String registerFailure(RuntimeException e) {
        var register = registerUrl.isBlank() ? "The population register" : "The population register at " + registerUrl;
        var message = String.valueOf(e.getMessage());
        var prefix = "The population register ";
        var failure = message.startsWith(prefix)
                ? register + " " + message.substring(prefix.length()) + ", so the import stopped"
                : register + " failed, so the import stopped: " + message;
        return failure + "; check that the register is reachable and that VERWIJSINDEX_POPULATION_BRP_URL is right,"
                + " then run the same file again, which keeps the chunks stored so far and continues";
    }

    private void finish(
            UUID runId,
            Path file,
            ImportProgress progress,
            List<ImportRejection> rejections,
            ImportCounts counts,
            boolean finished,
            boolean fileAccepted) {
        if (fileAccepted) {
            progress.finish();
        }
        runs.finish(runId, progress.read.get(), counts, finished);
        audit.run(runId, finished);
        try {
            if (fileAccepted) {
                ImportReport.write(file, rejections);
            } else {
                // A refused file has no rows to report, and an older report would pass for this run's.
                Files.deleteIfExists(ImportReport.pathFor(file));
            }
        } catch (IOException e) {
            throw new SignalImportException(
                    "Writing the report " + ImportReport.pathFor(file) + " failed: " + e.getMessage()
                            + "; check that its folder is writable",
                    e);
        }
        log.info(
                "Import {} {}: {} rows read, {} imported, {} already present, {} rejected",
                runId,
                finished ? "finished" : "stopped",
                progress.read.get(),
                counts.imported(),
                counts.alreadyPresent(),
                counts.rejected());
    }

    /** Checks and stores the rows chunk by chunk, checking the next chunk while the current one is stored. */
    private ImportCounts store(
            UUID runId,
            List<ImportRow> rows,
            List<ImportRejection> rejections,
            ImportProgress progress,
            LocalDate today,
            int rowsPerChunk) {
        var ids = new HashSet<UUID>();
        rows.forEach(row -> ids.add(row.professionalId()));
        var lookups = Executors.newFixedThreadPool(lookupThreads, task -> daemon(task, "import-lookup"));
        var preparation =
                new ImportPreparation(population, pseudonymisation, professionals.findAll(ids), lookups, today);
        var duplicates = ImportDuplicates.of(rows);
        ExecutorService preparing = Executors.newSingleThreadExecutor(task -> daemon(task, "import-prepare"));
        try {
            Future<PreparedChunk> next = preparing.submit(() -> preparation.prepare(chunk(rows, 0, rowsPerChunk)));
            long imported = 0;
            long present = 0;
            for (int from = 0; from < rows.size(); from += rowsPerChunk) {
                var prepared = next.get();
                int following = from + rowsPerChunk;
                if (following < rows.size()) {
                    next = preparing.submit(() -> preparation.prepare(chunk(rows, following, rowsPerChunk)));
                }
                var written = writer.write(
                        runId, prepared.signals(), prepared.rejections().size(), duplicates);
                rejections.addAll(prepared.rejections());
                rejections.addAll(written.rejections());
                imported += written.imported();
                present += written.alreadyPresent();
                progress.imported.addAndGet(written.imported());
                progress.alreadyPresent.addAndGet(written.alreadyPresent());
                progress.rejected.set(rejections.size());
                progress.update();
            }
            return new ImportCounts(imported, present, rejections.size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("Checking a chunk of the import failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignalImportException("The import was interrupted; run the same file again to continue", e);
        } finally {
            preparing.shutdownNow();
            lookups.shutdownNow();
        }
    }

    private static List<ImportRow> chunk(List<ImportRow> rows, int from, int size) {
        return rows.subList(from, Math.min(from + size, rows.size()));
    }

    private static Thread daemon(Runnable task, String name) {
        var thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static List<ImportRow> sortedByRegistration(List<ImportRow> rows) {
        var sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(ImportRow::registeredOn).thenComparingInt(ImportRow::line));
        return sorted;
    }
}
