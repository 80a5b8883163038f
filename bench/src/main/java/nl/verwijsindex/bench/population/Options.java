package nl.verwijsindex.bench.population;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} options of a bench tool's command line, checked against the names it accepts. */
public final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException naming an unknown option or one without a value
     */
    public static Options parse(String[] args, String... accepted) {
        var names = List.of(accepted);
        var values = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!names.contains(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + ". The options are " + names);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "Option " + args[i] + " has no value: give it as " + args[i] + " VALUE");
            }
            values.put(args[i], args[++i]);
        }
        return new Options(values);
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /**
     * Returns the option as text.
     *
     * @throws IllegalArgumentException when the option is missing
     */
    public String required(String name) {
        var value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Option " + name + " is missing: give it as " + name + " VALUE");
        }
        return value;
    }

    /**
     * Returns {@code --reference-date}, the day on which the population's children are 0 to 22, or
     * {@link NationalPopulation#REFERENCE_DATE} when it is missing. The BRP stub and the signal
     * generator must get the same day.
     *
     * @throws IllegalArgumentException when the value is not a date written as yyyy-mm-dd
     */
    public LocalDate referenceDate() {
        var value = values.get("--reference-date");
        if (value == null) {
            return NationalPopulation.REFERENCE_DATE;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Option --reference-date must be a date written as yyyy-mm-dd, was '" + value + "'");
        }
    }

    /**
     * Returns the option as a whole number, or the fallback when it is missing.
     *
     * @throws IllegalArgumentException when the value is not a whole number
     */
    public int integer(String name, int fallback) {
        var value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + name + " must be a whole number, was '" + value + "'");
        }
    }
}
