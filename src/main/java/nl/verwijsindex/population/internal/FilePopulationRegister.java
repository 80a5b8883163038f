package nl.verwijsindex.population.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.population.internal.RvigPersonMapper.SkipReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The population register read once, at start, from a file of persons in the JSON form of the
 * RvIG test data: a JSON array of persons of the BRP API mock in GBA form. Records that cannot
 * count as a person are skipped and counted in the log.
 */
final class FilePopulationRegister implements PopulationRegister {

    static final String SETTING = "VERWIJSINDEX_POPULATION_FILE (verwijsindex.population.file)";

    private static final Logger log = LoggerFactory.getLogger(FilePopulationRegister.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<RvigPerson>> PERSONS = new TypeReference<>() {};

    private final Map<Bsn, Person> persons;
    private final Map<SkipReason, Integer> skipped;

    private FilePopulationRegister(Map<Bsn, Person> persons, Map<SkipReason, Integer> skipped) {
        this.persons = Map.copyOf(persons);
        this.skipped = Collections.unmodifiableMap(new EnumMap<>(skipped));
    }

    /**
     * Reads the file and maps every person in it.
     *
     * @throws IllegalStateException when the file is missing, unreadable or not a JSON array of
     *     persons, or when two persons in it have the same BSN
     */
    static FilePopulationRegister load(Path file) {
        var mapper = new RvigPersonMapper();
        var persons = new HashMap<Bsn, Person>();
        var positions = new HashMap<Bsn, Integer>();
        var skipped = new EnumMap<SkipReason, Integer>(SkipReason.class);

        var records = read(file);
        for (int position = 1; position <= records.size(); position++) {
            var record = records.get(position - 1);
            var reason = record == null ? SkipReason.INVALID_BSN : mapper.skipReason(record);
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            var person = mapper.toPerson(record);
            // Only persons are compared, because a record suspended as made in error can share
            // the BSN of the person's correct record.
            var earlier = positions.putIfAbsent(person.bsn(), position);
            if (earlier != null) {
                throw new IllegalStateException("The population register file " + file
                        + " contains two persons with the same BSN, at positions " + earlier + " and " + position
                        + " of its array: correct the file or set " + SETTING + " to another file");
            }
            persons.put(person.bsn(), person);
        }

        var register = new FilePopulationRegister(persons, skipped);
        register.logSummary(file, mapper);
        return register;
    }

    @Override
    public Optional<Person> findPerson(Bsn bsn) {
        return Optional.ofNullable(persons.get(bsn));
    }

    int size() {
        return persons.size();
    }

    Map<SkipReason, Integer> skipped() {
        return skipped;
    }

    private static List<RvigPerson> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The population register file " + file + " does not exist: set " + SETTING
                    + " to the path of an RvIG persons file, or leave it empty for the synthetic population");
        }
        try (var input = Files.newInputStream(file)) {
            var records = JSON.readValue(input, PERSONS);
            if (records == null) {
                throw new IllegalStateException(
                        "The population register file " + file + " contains null, not a JSON array of persons");
            }
            return records;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot read the population register file " + file + ": check its permissions and " + SETTING, e);
        } catch (JacksonException e) {
            // NOTE: Jackson's message and the cause are left out, because they can quote a value
            // from the file, such as a BSN. The location and path are enough to find the error.
            throw new IllegalStateException("The population register file " + file
                    + " is not a JSON array of persons in the RvIG form: invalid value" + where(e));
        }
    }

    /**
     * Returns the JSON Pointer, line and column of the invalid value, such as
     * {@code " at /3/geboorte, line 80, column 19"}.
     */
    private static String where(JacksonException e) {
        var pointer = new StringBuilder();
        for (var reference : e.getPath()) {
            pointer.append('/');
            pointer.append(reference.getPropertyName() != null ? reference.getPropertyName() : reference.getIndex());
        }

        var parts = new ArrayList<String>();
        if (!pointer.isEmpty()) {
            parts.add(pointer.toString());
        }
        if (e.getLocation() != null) {
            parts.add("line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
        return parts.isEmpty() ? "" : " at " + String.join(", ", parts);
    }

    private void logSummary(Path file, RvigPersonMapper mapper) {
        int skippedTotal = skipped.values().stream().mapToInt(Integer::intValue).sum();
        var reasons = skipped.entrySet().stream()
                .map(entry -> entry.getKey().description + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
        log.info(
                "Loaded {} persons from the population register file {}; skipped {} records{}",
                persons.size(),
                file,
                skippedTotal,
                reasons.isEmpty() ? "" : " (" + reasons + ")");

        if (mapper.unreadableBirthDates() > 0) {
            log.warn("Read {} birth dates that are not valid yyyymmdd dates as unknown", mapper.unreadableBirthDates());
        }
        if (mapper.invalidParentBsns() > 0) {
            log.warn("Left out {} parent BSNs that fail the 11-test", mapper.invalidParentBsns());
        }
    }
}
