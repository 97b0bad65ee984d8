package com.sroworkflow.bench;

import com.sroworkflow.SroWorkflowApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application itself, started in the benchmark's JVM on one database, with the statement counter. */
final class BenchApp {

  static final int PORT = 8481;

  private BenchApp() {}

  static ConfigurableApplicationContext start(Database db, Map<String, String> extra) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("server.port", PORT);
    p.put("spring.datasource.url", db.url());
    p.put("spring.datasource.username", db.user());
    p.put("spring.datasource.password", db.password());
    p.put("spring.main.banner-mode", "off");
    p.put("logging.level.root", "WARN");
    p.put("logging.level.com.sroworkflow", "WARN");
    p.put("logging.level.org.camunda.bpm.engine.context", "OFF");
    p.put("logging.level.org.camunda.bpm.engine.cmd", "OFF");
    p.put("logging.level.org.camunda.bpm.engine.jobexecutor", "OFF");
    p.put("logging.level.org.camunda.bpm.engine.bpmn.behavior", "OFF");
    p.put("spring.datasource.hikari.maximum-pool-size", 10);
    p.putAll(extra);
    // As command-line arguments: they take precedence over application.yaml.
    String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(SroWorkflowApplication.class)
        .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new StatementCounter()))
        .run(args);
  }

  record Database(String name, String url, String user, String password) {}
}
