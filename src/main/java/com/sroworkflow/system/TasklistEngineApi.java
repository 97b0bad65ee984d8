package com.sroworkflow.system;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine API Tasklist and Cockpit call (under /camunda/api/engine) is a second copy of Camunda's
 * REST API, registered by the webapp starter. It gets the same guard and error answers as
 * /engine-rest: a refused form field is 400 with the field named, not 500. The starter registers its
 * servlet only when none of that name exists, so registering it first, with this application, takes
 * its place.
 */
@Configuration
class TasklistEngineApi {

  /** Camunda's webapp engine API plus this application's error mappers. */
  public static class Application extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.add(SubmissionGuard.class);
      classes.add(StartFormOptionsFilter.class);
      classes.add(RestErrorMapper.class);
      classes.add(RestErrorMapper.Unwrapped.class);
      classes.add(RestErrorMapper.Engine.class);
      classes.add(RestErrorMapper.VanishedExecution.class);
      classes.add(RestErrorMapper.NotJson.class);
      classes.add(RestErrorMapper.WrongJson.class);
      return classes;
    }
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    ServletRegistrationBean<ServletContainer> registration =
        new ServletRegistrationBean<>(new ServletContainer(), applicationPath + "/api/engine/*");
    registration.setName("Engine Api");
    registration.addInitParameter("jakarta.ws.rs.Application", Application.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
