package nl.verwijsindex.system.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem details (RFC 9457) of the API. Each problem gets a unique {@code instance}
 * ({@code urn:uuid:...}) that the error log repeats for server errors. Without it Spring would
 * fill in the request path, which can contain whatever a client put there.
 */
final class Problems {

    static final String UNEXPECTED_DETAIL =
            "The server failed to handle the request. Try again later, and quote the problem instance"
                    + " when you report the error.";

    private Problems() {}

    static ProblemDetail of(HttpStatusCode status, String title, String detail, List<ApiError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create("urn:uuid:" + UUID.randomUUID()));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", List.copyOf(errors));
        }
        return problem;
    }

    static ProblemDetail of(HttpStatusCode status, String detail) {
        return of(status, titleFor(status), detail, List.of());
    }

    static ProblemDetail of(ApiProblemException exception) {
        return of(exception.status(), exception.title(), exception.detail(), exception.errors());
    }

    /** Returns a {@code 400} with the given errors, titled like {@link ApiProblemException#badRequest}. */
    static ProblemDetail badRequest(List<ApiError> errors) {
        return of(ApiProblemException.badRequest(errors));
    }

    /** Returns a {@code 500} whose detail reveals nothing about the cause. */
    static ProblemDetail unexpected() {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED_DETAIL);
    }

    /** Returns a problem for a status alone, with a detail that fits any request of that status. */
    static ProblemDetail forStatus(HttpStatusCode status) {
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return of(status, "The service is unavailable for a while. Try again later.");
        }
        return status.is5xxServerError() ? of(status, UNEXPECTED_DETAIL) : of(status, detailFor(status));
    }

    /**
     * Returns the title of a problem of this status: the reason phrase in sentence case, like the
     * titles of {@link ApiProblemException}.
     */
    static String titleFor(HttpStatusCode status) {
        if (status.value() == HttpStatus.BAD_REQUEST.value()) {
            return "The request is not valid";
        }
        var known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "HTTP status " + status.value();
        }
        var phrase = known.getReasonPhrase();
        return phrase.charAt(0) + phrase.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Returns a detail that fits any request that fails with this client error status. */
    static String detailFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 ->
                "The request is not valid. Check it against the OpenAPI document at " + RestApi.DOCUMENT_PATH + ".";
            case 401 -> "Send a valid bearer token in the Authorization header.";
            case 403 -> "Your credentials do not give access to this resource.";
            case 404 -> "No resource exists at this path.";
            case 405 -> "This path does not support the request method.";
            case 406 -> "The resource cannot be returned in any media type that the Accept header allows.";
            case 413 -> "The request is too large.";
            case 415 -> "The request body has a content type that this operation does not accept.";
            case 429 -> "Too many requests. Wait before you try again.";
            default -> "The request failed with HTTP status " + status.value() + ".";
        };
    }
}
