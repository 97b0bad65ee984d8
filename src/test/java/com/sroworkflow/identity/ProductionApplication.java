package com.sroworkflow.identity;

import com.sroworkflow.SroWorkflowApplication;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application in the production profile, on a database and under an engine name of its own, started
 * inside the test JVM, where the shared test application (IntegrationTest) may already run.
 *
 * <p>Camunda's webapps keep their runtime in JVM-wide static fields: the Cockpit, Tasklist, Admin and Welcome
 * runtime delegates (set when a webapp's servlet context starts, set to null when one stops) and the webapp
 * starter's last application context. Stopping this application, or failing to start it, would leave them
 * null, and every Tasklist request of the shared application after it (each one looks its engine up through
 * Cockpit's delegate) would fail with a NullPointerException, answered 500. So the fields are put back as they
 * were when this application started, whether it stopped or never got up.
 */
final class ProductionApplication implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final WebappStatics before;

  private ProductionApplication(ConfigurableApplicationContext context, WebappStatics before) {
    this.context = context;
    this.before = before;
  }

  /** Starts it with the given settings ("name=value", they outrank application.yaml). */
  static ProductionApplication start(String... settings) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=jdbc:h2:mem:prod-" + id + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=production" + id,
        "--camunda.bpm.job-execution.enabled=false",
        "--server.port=0",
        "--logging.level.root=WARN"));
    for (String setting : settings) {
      args.add("--" + setting);
    }
    WebappStatics before = WebappStatics.now();
    try {
      return new ProductionApplication(new SpringApplicationBuilder(SroWorkflowApplication.class).profiles("prod")
          .run(args.toArray(String[]::new)), before);
    } catch (RuntimeException | Error failed) {
      before.restore();
      throw failed;
    }
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      before.restore();
    }
  }

  /** What Camunda's webapps keep JVM-wide. */
  record WebappStatics(CockpitRuntimeDelegate cockpit, TasklistRuntimeDelegate tasklist, AdminRuntimeDelegate admin,
      WelcomeRuntimeDelegate welcome, ApplicationContext webappStarterContext) {

    static WebappStatics now() {
      return new WebappStatics(Cockpit.getRuntimeDelegate(), Tasklist.getRuntimeDelegate(), Admin.getRuntimeDelegate(),
          Welcome.getRuntimeDelegate(), (ApplicationContext) starterContext().get());
    }

    void restore() {
      Cockpit.setCockpitRuntimeDelegate(cockpit);
      Tasklist.setTasklistRuntimeDelegate(tasklist);
      Admin.setAdminRuntimeDelegate(admin);
      Welcome.setRuntimeDelegate(welcome);
      starterContext().set(webappStarterContext);
    }

    /** The webapp starter's static LazyInitRegistration.APPLICATION_CONTEXT: the context its filters start with. */
    private static StaticField starterContext() {
      return new StaticField(LazyInitRegistration.class, "APPLICATION_CONTEXT");
    }
  }

  private record StaticField(Class<?> owner, String name) {

    Object get() {
      try {
        return field().get(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    void set(Object value) {
      try {
        field().set(null, value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    private Field field() throws NoSuchFieldException {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    }
  }
}
