package nl.verwijsindex.system.api;

import java.util.Map;

/**
 * One problem with the content of a request, as an entry of a problem response's {@code errors}.
 *
 * @param in where the value was: {@code body}, {@code query}, {@code path} or {@code header}
 * @param location the value's place: {@code pointer} (a JSON Pointer into the body) or
 *     {@code parameter} (the name of a query, path or header parameter)
 * @param code a stable, machine-readable code such as {@code bsn-invalid}
 * @param detail what is wrong with the value and how to fix it
 */
public record ApiError(String in, Map<String, String> location, String code, String detail) {

    /** The body is not JSON, or JSON that cannot be read. */
    public static final String JSON_INVALID = "json-invalid";

    /** A value has the wrong type or format, such as a date that is not yyyy-mm-dd. */
    public static final String FORMAT_INVALID = "format-invalid";

    /** A field, parameter or header is missing, null or empty. */
    public static final String REQUIRED = "required";

    /** A value has the right format but breaks a constraint, such as a maximum length. */
    public static final String VALUE_INVALID = "value-invalid";

    /** The body contains a property that the operation does not accept. */
    public static final String PROPERTY_UNKNOWN = "property-unknown";

    public static ApiError body(String pointer, String code, String detail) {
        return new ApiError("body", Map.of("pointer", pointer), code, detail);
    }

    public static ApiError query(String parameter, String code, String detail) {
        return new ApiError("query", Map.of("parameter", parameter), code, detail);
    }

    public static ApiError path(String parameter, String code, String detail) {
        return new ApiError("path", Map.of("parameter", parameter), code, detail);
    }

    public static ApiError header(String parameter, String code, String detail) {
        return new ApiError("header", Map.of("parameter", parameter), code, detail);
    }
}
