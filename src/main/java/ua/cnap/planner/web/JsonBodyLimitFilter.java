package ua.cnap.planner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON request bodies are at most {@value #MAX_JSON_BYTES} bytes: a larger declared length is refused with
 * 413 before anything is read, and a body without a length (chunked) is cut off when it passes the limit
 * (the API's exception handler turns that into the same 413). Uploads (multipart) have their own limit.
 */
public final class JsonBodyLimitFilter extends OncePerRequestFilter {

    /** 1 MB: the largest body the API takes (a scenario or a what-if) is a few kilobytes. */
    public static final int MAX_JSON_BYTES = 1024 * 1024;

    private final ErrorMessages messages = new ErrorMessages();

    /** Thrown when a body without a declared length passes the limit. */
    public static final class BodyTooLargeException extends IOException {
        private final long limitBytes;

        BodyTooLargeException(long limitBytes) {
            super("request body over " + limitBytes + " bytes");
            this.limitBytes = limitBytes;
        }

        public long limitBytes() {
            return limitBytes;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            messages.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.json.tooLarge",
                    String.valueOf(MAX_JSON_BYTES / 1024));
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > MAX_JSON_BYTES) {
                            throw new BodyTooLargeException(MAX_JSON_BYTES);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }
}
