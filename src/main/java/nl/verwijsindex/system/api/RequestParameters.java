package nl.verwijsindex.system.api;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Tells where a controller method parameter comes from, to build the {@code errors} entry about it. */
final class RequestParameters {

    private RequestParameters() {}

    /** Returns an error located in the path, a header or, for any other parameter, the query. */
    static ApiError error(@Nullable MethodParameter parameter, String name, String code, String detail) {
        if (isAnnotated(parameter, PathVariable.class)) {
            return ApiError.path(name, code, detail);
        }
        if (isAnnotated(parameter, RequestHeader.class)) {
            return ApiError.header(name, code, detail);
        }
        return ApiError.query(name, code, detail);
    }

    /** Returns how a detail names the parameter, such as "The query parameter professionalId". */
    static String subject(@Nullable MethodParameter parameter, String name) {
        if (isAnnotated(parameter, PathVariable.class)) {
            return "The path parameter " + name;
        }
        if (isAnnotated(parameter, RequestHeader.class)) {
            return "The header " + name;
        }
        return "The query parameter " + name;
    }

    /** Returns the name of the parameter in the request, which its annotation may set. */
    static String name(MethodParameter parameter) {
        var requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        var pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    private static boolean isAnnotated(
            @Nullable MethodParameter parameter, Class<? extends java.lang.annotation.Annotation> annotation) {
        return parameter != null && parameter.hasParameterAnnotation(annotation);
    }
}
