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

    public static ApiError body(String pointer, String code, String detail) {
        return new ApiError("body", Map.of("pointer", pointer), code, detail);
    }

    public static ApiError query(String parameter, String code, String detail) {
        return new ApiError("query", Map.of("parameter", parameter), code, detail);
    }
}
