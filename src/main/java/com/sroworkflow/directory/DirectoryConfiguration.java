package com.sroworkflow.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/**
 * Profile "ldap": people, roles and schools from the district's directory (application-ldap.yaml,
 * docs/operations.md). With profile "ldap-demo" as well, the directory is the embedded demo directory.
 */
@Configuration
@Profile("ldap")
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

  @Bean
  DirectoryPlugin directoryPlugin(DirectoryProperties properties, ObjectProvider<DemoDirectory> demo,
      ObjectProvider<LoginThrottle> throttle) {
    DemoDirectory embedded = demo.getIfAvailable();
    if (embedded != null) {
      embedded.pointAt(properties);
    }
    return new DirectoryPlugin(properties, throttle::getObject);
  }

  /** Outside every other filter, so that an outage met by any of them is answered with 503. */
  @Bean
  FilterRegistrationBean<DirectoryOutageFilter> directoryOutageFilter(ObjectMapper json) {
    FilterRegistrationBean<DirectoryOutageFilter> registration =
        new FilterRegistrationBean<>(new DirectoryOutageFilter(json));
    registration.setName("directoryOutage");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
