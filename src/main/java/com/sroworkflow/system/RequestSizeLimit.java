package com.sroworkflow.system;

import com.sroworkflow.security.Messages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import com.sroworkflow.security.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code sro.http.max-request-bytes} (4 MB by default) with 413
 * before anything parses them: no form of this application needs a fraction of that. Below the
 * limit an oversized field (a megabyte-long "reason") is refused by its form's length rule, naming
 * the field. Bodies are read up to the limit and refused past it, then served from memory (so the
 * gate can look at one and the endpoint still reads it).
 *
 * <p>A JSON body (and JSON carried in a string, as Camunda's Json variables are) nested deeper than
 * {@code sro.http.max-json-depth} (100) levels is refused with 400 before any parser of the engine or of
 * Spring recurses into it; so is text with NUL or another control character than newline and tab,
 * naming the field it came in. Each refusal is an RFC 9457 problem.
 */
@Configuration
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
      @Value("${sro.http.max-request-bytes:4194304}") int maxBytes,
      @Value("${sro.http.max-json-depth:100}") int maxDepth,
      @Value("${sro.documents.max-bytes:10485760}") int maxDocumentBytes) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Limit(maxBytes, maxDepth, maxDocumentBytes));
    registration.setName("requestSizeLimit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*", "/reports/*", "/cases/*", "/tip");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  static final class Limit extends OncePerRequestFilter {

    /** A case's document upload (document.CaseDocuments): the document's own limit, plus the form around it. */
    private static final java.util.regex.Pattern UPLOAD = java.util.regex.Pattern.compile(
        "/(?:api/)?cases/[A-Za-z0-9-]{1,64}/documents");
    private static final int FORM_ROOM = 64 * 1024;

    private final int maxBytes;
    private final int maxDepth;
    private final int maxDocumentBytes;

    Limit(int maxBytes, int maxDepth, int maxDocumentBytes) {
      this.maxBytes = maxBytes;
      this.maxDepth = maxDepth;
      this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long declared = request.getContentLengthLong();
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if ("POST".equals(request.getMethod()) && UPLOAD.matcher(path).matches()) {
        if (declared > maxDocumentBytes + FORM_ROOM) {
          Problem.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "DocumentTooLarge",
              Messages.text("system.document-most-mb", maxDocumentBytes / (1024 * 1024)), "file");
          return;
        }
        // multipart, read by the container's parser (which reads the connection, not a wrapper's stream) under
        // Spring's limits (spring.servlet.multipart; refusals answered by ApiErrors)
        chain.doFilter(request, response);
        return;
      }
      if (declared > maxBytes) {
        tooLarge(response);
        return;
      }
      String type = request.getContentType();
      boolean json = type == null || type.toLowerCase().contains("json");
      if (!hasBody(request) || (!json && declared >= 0)) {
        // forms (the webapps' login) are read as request parameters, from the request itself
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        tooLarge(response);
        return;
      }
      if (body.length > 0 && json) {
        JsonBodyCheck.Refusal refusal = JsonBodyCheck.check(body, maxDepth);
        if (refusal != null) {
          Problem.write(response, 400, "InvalidInput", refusal.message(), refusal.field());
          return;
        }
      }
      chain.doFilter(new Buffered(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
      String method = request.getMethod();
      return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
      Problem.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestTooLarge",
          Messages.text("problem.too-large", String.valueOf(maxBytes / 1024 / 1024)), null);
    }
  }

  /** A request whose body was already read, served from memory. */
  static final class Buffered extends HttpServletRequestWrapper {

    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
