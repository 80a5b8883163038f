package nl.verwijsindex.system.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects API request bodies larger than {@value #MAXIMUM_BYTES} bytes with a {@code 413} problem,
 * before they are read. Every request of this API fits in a few hundred bytes. A body sent without
 * a {@code Content-Length} (chunked) is cut off at the limit, and the failed read gets the same
 * {@code 413}.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final int MAXIMUM_BYTES = 16 * 1024;

    private final ProblemResponseWriter writer;

    RequestBodyLimitFilter(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAXIMUM_BYTES) {
            writer.write(
                    Problems.of(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "The request body is " + request.getContentLengthLong() + " bytes; the API accepts at most "
                                    + MAXIMUM_BYTES),
                    response);
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    /** Returns whether the exception, or one of its causes, comes from a body over the limit. */
    static boolean exceededBy(Throwable exception) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static final class BodyTooLargeException extends IOException {

        private BodyTooLargeException() {
            super("The request body is larger than " + MAXIMUM_BYTES + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new LimitedStream(super.getInputStream());
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream body;
        private long count;

        private LimitedStream(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int value = body.read();
            if (value >= 0 && ++count > MAXIMUM_BYTES) {
                throw new BodyTooLargeException();
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = body.read(buffer, offset, length);
            if (read > 0 && (count += read) > MAXIMUM_BYTES) {
                throw new BodyTooLargeException();
            }
            return read;
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
