package nl.verwijsindex.system.api;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Builds the problem for an exception that Spring MVC raises before or around a controller: a
 * malformed body, a bad parameter, an unknown path, a wrong method or media type. Details are
 * written here, because Spring's own details can quote submitted values.
 */
@Component
class FrameworkProblems {

    private final JsonBodyErrors jsonBodyErrors;
    private final ValidationErrors validationErrors;
    private final ValueFormats formats;

    FrameworkProblems(JsonBodyErrors jsonBodyErrors, ValidationErrors validationErrors, ValueFormats formats) {
        this.jsonBodyErrors = jsonBodyErrors;
        this.validationErrors = validationErrors;
        this.formats = formats;
    }

    ProblemDetail of(Exception exception, HttpStatusCode status) {
        if (status.is5xxServerError()) {
            return Problems.forStatus(status);
        }

        if (RequestBodyLimitFilter.exceededBy(exception)) {
            return Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than " + RequestBodyLimitFilter.MAXIMUM_BYTES
                            + " bytes, the most the API accepts");
        }

        var errors = errors(exception);
        if (!errors.isEmpty()) {
            return Problems.badRequest(errors);
        }
        return Problems.of(status, detail(exception, status));
    }

    /** Returns the values in the request that the exception is about, if any. */
    private List<ApiError> errors(Exception exception) {
        if (exception instanceof HttpMessageNotReadableException unreadable) {
            return List.of(jsonBodyErrors.of(unreadable));
        }
        if (exception instanceof MethodArgumentNotValidException invalid) {
            return validationErrors.of(invalid);
        }
        if (exception instanceof HandlerMethodValidationException invalid) {
            return validationErrors.of(invalid);
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            var name = missing.getParameterName();
            return List.of(ApiError.query(name, ApiError.REQUIRED, "The query parameter " + name + " is required."));
        }
        if (exception instanceof MissingRequestHeaderException missing) {
            var name = missing.getHeaderName();
            return List.of(ApiError.header(name, ApiError.REQUIRED, "The header " + name + " is required."));
        }
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            var parameter = mismatch.getParameter();
            var detail = RequestParameters.subject(parameter, mismatch.getName()) + " must be "
                    + formats.inParameter(mismatch.getRequiredType()) + ".";
            return List.of(RequestParameters.error(parameter, mismatch.getName(), ApiError.FORMAT_INVALID, detail));
        }
        if (exception instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            var name = mismatch.getPropertyName();
            var detail =
                    "The query parameter " + name + " must be " + formats.inParameter(mismatch.getRequiredType()) + ".";
            return List.of(ApiError.query(name, ApiError.FORMAT_INVALID, detail));
        }
        return List.of();
    }

    private static String detail(Exception exception, HttpStatusCode status) {
        if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            return "No resource exists at this path. The OpenAPI document at " + RestApi.DOCUMENT_PATH
                    + " lists the paths of the API.";
        }
        if (exception instanceof HttpRequestMethodNotSupportedException unsupported
                && unsupported.getSupportedMethods() != null) {
            return "This path does not support the request method. Use "
                    + String.join(" or ", unsupported.getSupportedMethods()) + ".";
        }
        if (exception instanceof HttpMediaTypeNotSupportedException unsupported) {
            var problem = unsupported.getContentType() == null
                    ? "The request has no Content-Type header"
                    : "This operation does not accept the request's Content-Type";
            return problem + ". Send the body as " + mediaTypes(unsupported.getSupportedMediaTypes()) + ".";
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException unacceptable) {
            return "The Accept header allows no media type of this resource. Accept "
                    + mediaTypes(unacceptable.getSupportedMediaTypes()) + ".";
        }
        // Such as a ResponseStatusException that a controller throws, with a reason written in code.
        if (exception instanceof ErrorResponseException response
                && response.getBody().getDetail() != null) {
            return response.getBody().getDetail();
        }
        return Problems.detailFor(status);
    }

    private static String mediaTypes(Collection<MediaType> types) {
        if (types.isEmpty()) {
            return "a supported media type";
        }
        return types.stream().map(MediaType::toString).collect(Collectors.joining(" or "));
    }
}
