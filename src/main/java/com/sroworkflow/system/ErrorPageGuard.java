package com.sroworkflow.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot's error page answers a direct request for it with a 500 that no error caused; it is
 * only for the server's own error dispatches, so a caller asking for it gets 404.
 */
@Configuration
class ErrorPageGuard {

  @Bean
  FilterRegistrationBean<Filter> errorPageOnlyForErrors() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        (request, response, chain) -> ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND));
    registration.setName("errorPageOnlyForErrors");
    registration.addUrlPatterns("/error", "/error/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}
