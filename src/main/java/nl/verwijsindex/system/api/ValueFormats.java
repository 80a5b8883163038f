package nl.verwijsindex.system.api;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describes the format that a value of a Java type must have in a request, for the detail of a
 * {@code format-invalid} error, such as "a date in the form yyyy-mm-dd, for example 2026-12-31".
 */
@Component
class ValueFormats {

    private static final String DATE_TIME = "a date and time with a time zone, for example 2026-12-31T13:45:00+01:00";

    /** Formats of the types that a request can contain, by the exact type, with primitives boxed. */
    private static final Map<Class<?>, String> FORMATS = Map.ofEntries(
            Map.entry(Boolean.class, "true or false"),
            Map.entry(Integer.class, "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE),
            Map.entry(Long.class, "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE),
            Map.entry(Short.class, "a whole number from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE),
            Map.entry(Byte.class, "a whole number from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE),
            Map.entry(BigInteger.class, "a whole number"),
            Map.entry(LocalDate.class, "a date in the form yyyy-mm-dd, for example 2026-12-31"),
            Map.entry(OffsetDateTime.class, DATE_TIME),
            Map.entry(ZonedDateTime.class, DATE_TIME),
            Map.entry(Instant.class, DATE_TIME),
            Map.entry(
                    LocalDateTime.class,
                    "a date and time in the form yyyy-mm-ddThh:mm:ss, for example 2026-12-31T13:45:00"),
            Map.entry(LocalTime.class, "a time in the form hh:mm:ss, for example 13:45:00"),
            Map.entry(UUID.class, "a UUID, for example 3fa85f64-5717-4562-b3fc-2c963f66afa6"));

    private final JsonMapper jsonMapper;

    ValueFormats(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** Describes the format of a value in a JSON body, where enum constants have the names that Jackson writes. */
    String inBody(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return oneOf(Arrays.stream(type.getEnumConstants())
                    .map(constant -> jsonMapper.convertValue(constant, String.class)));
        }
        return describe(type);
    }

    /** Describes the format of a query, path or header parameter, where Spring converts enum constants by name. */
    String inParameter(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return oneOf(Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()));
        }
        return describe(type);
    }

    private static String describe(@Nullable Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }

        var boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        var format = FORMATS.get(boxed);
        if (format != null) {
            return format;
        }
        if (CharSequence.class.isAssignableFrom(boxed)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(boxed)) {
            return "a number";
        }
        if (boxed.isArray() || Collection.class.isAssignableFrom(boxed)) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String oneOf(Stream<String> values) {
        return "one of " + values.collect(Collectors.joining(", "));
    }
}
