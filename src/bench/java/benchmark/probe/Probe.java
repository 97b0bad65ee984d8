package benchmark.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's probe inside each application it measures (ours and the bare engine alike, benchmark code
 * only): a JDBC proxy around the DataSource counting every statement and commit of the JVM, and a small HTTP
 * server on its own port for the driver: the running engine's settings read from its
 * ProcessEngineConfiguration, statement recording on and off, and authorization checks on and off (for the
 * task list's floor).
 */
public final class Probe implements BeanPostProcessor {

  static final AtomicLong STATEMENTS = new AtomicLong();
  static final AtomicLong ROUND_TRIPS = new AtomicLong();
  static final AtomicLong COMMITS = new AtomicLong();
  static volatile List<String> recorded;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
      return ProxyDataSourceBuilder.create(ds).name(beanName).listener(new Queries()).methodListener(new Commits())
          .build();
    }
    return bean;
  }

  /** Starts the probe's HTTP server for a started application. */
  public static void serve(ConfigurableApplicationContext ctx, int port) throws IOException {
    ProcessEngine engine = ctx.getBean(ProcessEngine.class);
    ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/settings", x -> answer(x, settings(ctx, cfg)));
    server.createContext("/record/start", x -> {
      recorded = Collections.synchronizedList(new ArrayList<>());
      answer(x, counts());
    });
    server.createContext("/record/stop", x -> {
      List<String> sql = recorded;
      recorded = null;
      answer(x, counts() + "\n" + (sql == null ? "" : String.join("\n", sql)));
    });
    server.createContext("/counts", x -> answer(x, counts()));
    server.createContext("/authorization/off", x -> {
      cfg.setAuthorizationEnabled(false);
      answer(x, "off");
    });
    server.createContext("/authorization/on", x -> {
      cfg.setAuthorizationEnabled(true);
      answer(x, "on");
    });
    server.start();
  }

  private static String counts() {
    return STATEMENTS.get() + " " + ROUND_TRIPS.get() + " " + COMMITS.get();
  }

  /** The settings that decide an engine's cost, as the running engine has them. */
  static String settings(ConfigurableApplicationContext ctx, ProcessEngineConfigurationImpl cfg) {
    Map<String, Object> s = new TreeMap<>();
    s.put("history level", cfg.getHistoryLevel() == null ? cfg.getHistory() : cfg.getHistoryLevel().getName());
    s.put("historyRemovalTimeStrategy", cfg.getHistoryRemovalTimeStrategy());
    s.put("authorizationEnabled", cfg.isAuthorizationEnabled());
    s.put("authorizationCheckRevokes", cfg.getAuthorizationCheckRevokes());
    s.put("tenantCheckEnabled", cfg.isTenantCheckEnabled());
    s.put("enableHistoricInstancePermissions", cfg.isEnableHistoricInstancePermissions());
    s.put("defaultUserPermissionNameForTask", cfg.getDefaultUserPermissionNameForTask());
    s.put("enforceHistoryTimeToLive", cfg.isEnforceHistoryTimeToLive());
    s.put("jdbcBatchProcessing", cfg.isJdbcBatchProcessing());
    s.put("defaultSerializationFormat", cfg.getDefaultSerializationFormat());
    s.put("javaSerializationFormatEnabled", cfg.isJavaSerializationFormatEnabled());
    s.put("idGenerator", cfg.getIdGenerator() == null ? null : cfg.getIdGenerator().getClass().getSimpleName());
    s.put("databaseSchemaUpdate", cfg.getDatabaseSchemaUpdate());
    s.put("jobExecutorActivate", cfg.isJobExecutorActivate());
    s.put("jobExecutorDeploymentAware", cfg.isJobExecutorDeploymentAware());
    JobExecutor jobs = cfg.getJobExecutor();
    if (jobs != null) {
      s.put("jobExecutor", jobs.getClass().getSimpleName() + " maxJobsPerAcquisition " + jobs.getMaxJobsPerAcquisition()
          + ", waitTimeInMillis " + jobs.getWaitTimeInMillis() + ", maxWait " + jobs.getMaxWait() + ", lockTimeInMillis "
          + jobs.getLockTimeInMillis() + ", active " + jobs.isActive());
    }
    for (String name : ctx.getBeanNamesForType(org.springframework.core.task.TaskExecutor.class)) {
      Object ex = ctx.getBean(name);
      if (ex instanceof org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor t && name.contains("camunda")) {
        s.put("job executor threads (" + name + ")", "core " + t.getCorePoolSize() + ", max " + t.getMaxPoolSize()
            + ", queue " + t.getQueueCapacity());
      }
    }
    List<String> plugins = new ArrayList<>();
    cfg.getProcessEnginePlugins().forEach(p -> {
      if (p instanceof org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin composite) {
        composite.getPlugins().forEach(inner -> plugins.add(inner.getClass().getName()));
      } else {
        plugins.add(p.getClass().getName());
      }
    });
    s.put("process engine plugins", plugins);
    s.put("authorization manager", cfg.getSessionFactories().keySet().stream()
        .filter(k -> k.getSimpleName().equals("AuthorizationManager")).map(k -> cfg.getSessionFactories().get(k))
        .map(f -> f.getClass().getName()).findFirst().orElse("?"));
    s.put("custom pre/post command interceptors (tx required)", count(cfg.getCustomPreCommandInterceptorsTxRequired())
        + "/" + count(cfg.getCustomPostCommandInterceptorsTxRequired()));
    s.put("custom BPMN parse listeners", count(cfg.getCustomPreBPMNParseListeners()) + "/"
        + count(cfg.getCustomPostBPMNParseListeners()));
    s.put("custom history event handlers", count(cfg.getCustomHistoryEventHandlers()));
    try {
      DataSource ds = ctx.getBean(DataSource.class);
      com.zaxxer.hikari.HikariDataSource h = ds.unwrap(com.zaxxer.hikari.HikariDataSource.class);
      s.put("connection pool", "Hikari max " + h.getMaximumPoolSize() + ", min idle " + h.getMinimumIdle()
          + ", connection timeout " + h.getConnectionTimeout() + " ms, init SQL " + h.getConnectionInitSql());
    } catch (Exception e) {
      s.put("connection pool", "? " + e.getMessage());
    }
    s.put("server threads (server.tomcat.threads.max)", ctx.getEnvironment().getProperty("server.tomcat.threads.max",
        "200 (Spring Boot's default)"));
    StringBuilder out = new StringBuilder();
    s.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
    return out.toString();
  }

  private static int count(List<?> list) {
    return list == null ? 0 : list.size();
  }

  private static void answer(HttpExchange x, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
    x.sendResponseHeaders(200, b.length);
    x.getResponseBody().write(b);
    x.close();
  }

  private static final class Queries implements QueryExecutionListener {
    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
      ROUND_TRIPS.incrementAndGet();
      STATEMENTS.addAndGet(execution.isBatch() ? execution.getBatchSize() : queries.size());
      List<String> r = recorded;
      if (r != null) {
        String thread = Thread.currentThread().getName();
        queries.forEach(q -> r.add("[" + thread + "] " + q.getQuery().replaceAll("\\s+", " ").trim()));
      }
    }
  }

  private static final class Commits implements MethodExecutionListener {
    @Override
    public void beforeMethod(MethodExecutionContext context) {}

    @Override
    public void afterMethod(MethodExecutionContext context) {
      if (context.getTarget() instanceof Connection && "commit".equals(context.getMethod().getName())) {
        COMMITS.incrementAndGet();
      }
    }
  }
}
