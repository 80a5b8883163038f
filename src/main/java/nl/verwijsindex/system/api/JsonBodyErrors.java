package nl.verwijsindex.system.api;

import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Translates a body that Jackson could not read into an {@code errors} entry with a JSON Pointer to
 * the value. The details are written here and never copy Jackson's messages, because those can
 * quote the submitted content, such as a BSN.
 */
@Component
class JsonBodyErrors {

    /** Property names of this API: letters only, at most 40. */
    private static final java.util.regex.Pattern PROPERTY_NAME = java.util.regex.Pattern.compile("[A-Za-z]{1,40}");

    /** The start of jackson-core's message for a repeated property, with the name in quotes. */
    private static final java.util.regex.Pattern DUPLICATE_PROPERTY =
            java.util.regex.Pattern.compile("Duplicate Object property \"([^\"]*)\"");

    private final ValueFormats formats;

    JsonBodyErrors(ValueFormats formats) {
        this.formats = formats;
    }

    ApiError of(HttpMessageNotReadableException exception) {
        var cause = exception.getCause();
        if (cause == null) {
            return missingBody();
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return mismatch(mismatch);
        }
        if (cause instanceof ValueInstantiationException invalid) {
            // The constructor's message is not used, because it may quote the value.
            var pointer = pointer(invalid);
            var subject = pointer.isEmpty() ? "The request body" : "The value of " + name(pointer);
            return ApiError.body(pointer, ApiError.VALUE_INVALID, subject + " is not valid.");
        }
        if (cause instanceof InputCoercionException coercion) {
            var pointer = pointer(coercion);
            return ApiError.body(
                    pointer,
                    ApiError.FORMAT_INVALID,
                    "The value of " + name(pointer) + " is out of range: it must be "
                            + formats.inBody(coercion.getTargetType()) + ".");
        }
        if (cause instanceof StreamConstraintsException) {
            return ApiError.body(
                    "", ApiError.JSON_INVALID, "The request body exceeds a size limit of the JSON parser.");
        }
        if (cause instanceof StreamReadException syntax) {
            var repeated = repeatedProperty(syntax);
            if (repeated != null) {
                return ApiError.body(
                        "",
                        ApiError.JSON_INVALID,
                        "The request body repeats the property " + repeated + "; send each property once.");
            }
            return ApiError.body("", ApiError.JSON_INVALID, "The request body is not valid JSON" + where(syntax) + ".");
        }
        return ApiError.body("", ApiError.JSON_INVALID, "The request body cannot be read as JSON.");
    }

    private ApiError mismatch(MismatchedInputException mismatch) {
        var pointer = pointer(mismatch);
        if (mismatch instanceof UnrecognizedPropertyException) {
            // Only a name that looks like a property is repeated: a client could send anything as a
            // name, even a BSN.
            if (!PROPERTY_NAME.matcher(name(pointer)).matches()) {
                return ApiError.body(
                        "",
                        ApiError.PROPERTY_UNKNOWN,
                        "The request body has a property that is not"
                                + " accepted here. Remove it, or check the names against the OpenAPI document.");
            }
            return ApiError.body(
                    pointer,
                    ApiError.PROPERTY_UNKNOWN,
                    "The property " + name(pointer) + " is not accepted here. Remove it, or check its name"
                            + " against the OpenAPI document.");
        }
        if (mismatch instanceof InvalidNullException) {
            return ApiError.body(pointer, ApiError.REQUIRED, "The value of " + name(pointer) + " must not be null.");
        }
        if (pointer.isEmpty() && mismatch.getCurrentToken() == null) {
            return missingBody();
        }
        if (pointer.isEmpty()) {
            return ApiError.body(
                    pointer,
                    ApiError.FORMAT_INVALID,
                    "The request body must be " + formats.inBody(mismatch.getTargetType()) + ".");
        }
        return ApiError.body(
                pointer,
                ApiError.FORMAT_INVALID,
                "The value of " + name(pointer) + " must be " + formats.inBody(mismatch.getTargetType()) + ".");
    }

    /**
     * Returns the name of the property that the body repeats, read from Jackson's message
     * {@code Duplicate Object property "name"} (jackson-core 3.1), or null for another error or a
     * name that does not look like a property of this API.
     */
    private static @Nullable String repeatedProperty(StreamReadException syntax) {
        var matcher = DUPLICATE_PROPERTY.matcher(String.valueOf(syntax.getOriginalMessage()));
        if (!matcher.lookingAt() || !PROPERTY_NAME.matcher(matcher.group(1)).matches()) {
            return null;
        }
        return matcher.group(1);
    }

    private static ApiError missingBody() {
        return ApiError.body("", ApiError.REQUIRED, "The request body is missing. Send a JSON object.");
    }

    /** Returns the JSON Pointer (RFC 6901) of the value that Jackson was reading, or "" for the whole body. */
    static String pointer(JacksonException exception) {
        var pointer = new StringBuilder();
        for (var reference : exception.getPath()) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** Names the value in a detail: its property name, or the pointer when the value is in an array. */
    private static String name(String pointer) {
        if (pointer.isEmpty()) {
            return "the request body";
        }
        var last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.isEmpty() || Character.isDigit(last.charAt(0)) ? pointer : last;
    }

    private static String where(StreamReadException syntax) {
        var location = syntax.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ": parsing failed at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
