package nl.verwijsindex.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the application's error page in the layout for every web path, whatever media types the
 * request accepts. It replaces Spring Boot's {@code BasicErrorController}, which sends a JSON body
 * to a client that does not ask for {@code text/html}. API paths never reach it, because
 * {@code ApiErrorDispatchFilter} writes their problem responses.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages extends AbstractErrorController {

    ErrorPages(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorViewResolvers);
    }

    /** Renders {@code error/<status>.html} or {@code error/4xx.html}, or {@code error/5xx.html} for other statuses. */
    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        var status = getStatus(request);
        var page = resolveErrorView(request, response, status, Map.of());
        if (page != null) {
            return page;
        }
        return new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx", Map.of(), status);
    }
}
