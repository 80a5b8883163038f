package nl.verwijsindex.system.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Ends an API request with an {@code application/problem+json} response. Throw it from the
 * service layer; the web layer turns it into the response, so nothing is stored when it is thrown
 * inside a transaction.
 */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<ApiError> errors;

    public ApiProblemException(HttpStatus status, String title, String detail, List<ApiError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ApiProblemException(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    /** Returns a {@code 422} problem for a well-formed request whose content breaks a rule. */
    public static ApiProblemException unprocessable(ApiError error) {
        return new ApiProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The request breaks a rule of the index",
                error.detail(),
                List.of(error));
    }

    /** Returns a {@code 400} problem for a malformed request or one that misses a field. */
    public static ApiProblemException badRequest(List<ApiError> errors) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST,
                "The request is not valid",
                errors.size() == 1 ? errors.get(0).detail() : errors.size() + " values in the request are not valid",
                errors);
    }

    public static ApiProblemException notFound(String detail) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<ApiError> errors() {
        return errors;
    }
}
