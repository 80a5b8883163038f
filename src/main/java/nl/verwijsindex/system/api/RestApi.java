package nl.verwijsindex.system.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The version and paths of the REST API, for its controllers, filters and OpenAPI document. */
public final class RestApi {

    /** The full semantic version of the API, sent in the {@value #VERSION_HEADER} header of every API response. */
    public static final String VERSION = "1.0.0";

    public static final String VERSION_HEADER = "API-Version";

    /** The path prefix of every operation of major version 1. */
    public static final String BASE_PATH = "/api/v1";

    /** The path of the OpenAPI document, which anyone may read from any origin. */
    public static final String DOCUMENT_PATH = BASE_PATH + "/openapi.json";

    private static final String API_ROOT = "/api";

    private RestApi() {}

    /**
     * Returns whether the request is for a path under {@code /api/}. On an error dispatch this
     * checks the path of the request that failed, not the error page.
     */
    static boolean isApiRequest(HttpServletRequest request) {
        var uri = request.getRequestURI();
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failedUri) {
            uri = failedUri;
        }

        var path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return path.equals(API_ROOT) || path.startsWith(API_ROOT + "/");
    }
}
