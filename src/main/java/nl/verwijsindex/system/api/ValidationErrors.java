package nl.verwijsindex.system.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Translates failed Bean Validation and data binding into {@code errors} entries. The details name
 * the field or parameter and the rule, never the rejected value.
 *
 * <p>NOTE: a pointer into the body uses the Java property name, which is the JSON name unless a
 * {@code @JsonProperty} renames the property.
 */
@Component
class ValidationErrors {

    private static final Set<String> REQUIRED_CONSTRAINTS = Set.of("NotNull", "NotBlank", "NotEmpty");
    private static final Set<String> FORMAT_CONSTRAINTS = Set.of("Pattern", "Email", "typeMismatch");

    private final ValueFormats formats;

    ValidationErrors(ValueFormats formats) {
        this.formats = formats;
    }

    List<ApiError> of(MethodArgumentNotValidException exception) {
        return boundObject(exception.getParameter(), exception.getBindingResult());
    }

    List<ApiError> of(HandlerMethodValidationException exception) {
        var errors = new ArrayList<ApiError>();
        for (var result : exception.getParameterValidationResults()) {
            var parameter = result.getMethodParameter();
            if (result instanceof ParameterErrors bound) {
                errors.addAll(boundObject(parameter, bound));
                continue;
            }

            var name = RequestParameters.name(parameter);
            var subject = RequestParameters.subject(parameter, name);
            for (var error : result.getResolvableErrors()) {
                var code = code(error);
                var detail = code.equals(ApiError.REQUIRED)
                        ? subject + " is required."
                        : subject + " is not valid: " + sentence(error.getDefaultMessage());
                errors.add(RequestParameters.error(parameter, name, code, detail));
            }
        }
        return errors;
    }

    /** Returns the errors of an object bound from the body, or from query parameters. */
    private List<ApiError> boundObject(MethodParameter parameter, Errors result) {
        var inBody = parameter.hasParameterAnnotation(RequestBody.class);
        var errors = new ArrayList<ApiError>();
        for (var error : result.getFieldErrors()) {
            var field = error.getField();
            var detail = detail(field, error, result.getFieldType(field), inBody);
            errors.add(
                    inBody
                            ? ApiError.body(pointer(field), code(error), detail)
                            : ApiError.query(field, code(error), detail));
        }
        for (var error : result.getGlobalErrors()) {
            var detail = "The request is not valid: " + sentence(error.getDefaultMessage());
            errors.add(
                    inBody
                            ? ApiError.body("", code(error), detail)
                            : ApiError.query(error.getObjectName(), code(error), detail));
        }

        // Bean Validation reports violations in no fixed order.
        errors.sort(Comparator.comparing(
                        (ApiError error) -> String.join("/", error.location().values()))
                .thenComparing(ApiError::code));
        return errors;
    }

    private String detail(String field, FieldError error, @Nullable Class<?> type, boolean inBody) {
        var subject = inBody ? "The field " + field : "The query parameter " + field;
        if (code(error).equals(ApiError.REQUIRED)) {
            return subject + " is required.";
        }
        if ("typeMismatch".equals(error.getCode())) {
            var format = inBody ? formats.inBody(type) : formats.inParameter(type);
            return subject + " must be " + format + ".";
        }
        return subject + " is not valid: " + sentence(error.getDefaultMessage());
    }

    /** Returns the code for a constraint, whose name is the last of the error's message codes. */
    private static String code(MessageSourceResolvable error) {
        var codes = error.getCodes();
        var constraint = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        if (REQUIRED_CONSTRAINTS.contains(constraint)) {
            return ApiError.REQUIRED;
        }
        if (FORMAT_CONSTRAINTS.contains(constraint)) {
            return ApiError.FORMAT_INVALID;
        }
        return ApiError.VALUE_INVALID;
    }

    /** Turns a field path of Spring's data binding, such as {@code items[0].name}, into a JSON Pointer. */
    static String pointer(String field) {
        var escaped = field.replace("~", "~0").replace("/", "~1");
        return "/" + escaped.replace("[", "/").replace("]", "").replace('.', '/');
    }

    private static String sentence(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "it breaks a constraint.";
        }
        return message.endsWith(".") ? message : message + ".";
    }
}
