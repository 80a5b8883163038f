package nl.verwijsindex.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects every web request with 503 and {@code Retry-After} while the demo history is generated,
 * so that no page or API call runs on a day of the generated past. A short page in Dutch and English
 * says why, and the REST API gets a problem document. The health probes under
 * {@code /actuator/health} pass, so that the liveness probe keeps reporting a live application; the
 * readiness probe reports out of service until the generation ended.
 */
class GenerationGateFilter extends OncePerRequestFilter {

    /** Seconds after which a client may try again. A generation takes about a minute on 2 cores (measured). */
    static final String RETRY_AFTER_SECONDS = "30";

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Verwijsindex: demojaar wordt gemaakt / demo year being generated</title>
            </head>
            <body>
            <main>
            <h1>De verwijsindex maakt het demojaar</h1>
            <p>De demo vult de regio met een jaar aan meldingen en matches. Dat duurt ongeveer een minuut.
            Laad deze pagina over een halve minuut opnieuw.</p>
            <section lang="en">
            <h2>The reference index is generating the demo year</h2>
            <p>The demo fills the region with a year of signals and matches, which takes about a minute.
            Reload this page in half a minute.</p>
            </section>
            </main>
            </body>
            </html>
            """;

    static final String PROBLEM = """
            {"type":"about:blank","title":"Service Unavailable","status":503,\
            "detail":"The demo year is being generated; retry after 30 seconds."}
            """;

    private final GenerationGate gate;

    GenerationGateFilter(GenerationGate gate) {
        this.gate = gate;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        if (!gate.enterRequest()) {
            reject(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            gate.leaveRequest();
        }
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setContentType(api ? "application/problem+json" : "text/html");
        response.getWriter().write(api ? PROBLEM : PAGE);
    }
}
