package com.sroworkflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * the field. Bodies without a declared length are read up to the limit and refused past it.
 */
@Configuration
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
      @Value("${sro.http.max-request-bytes:4194304}") int maxBytes) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit(maxBytes));
    registration.setName("requestSizeLimit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class Limit extends OncePerRequestFilter {

    private final int maxBytes;

    Limit(int maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long declared = request.getContentLengthLong();
      if (declared > maxBytes) {
        tooLarge(response);
        return;
      }
      if (declared >= 0 || !hasBody(request)) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        tooLarge(response);
        return;
      }
      chain.doFilter(new Buffered(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
      String method = request.getMethod();
      return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"RequestTooLarge\",\"message\":\"The request is larger than "
          + maxBytes + " bytes.\"}");
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
