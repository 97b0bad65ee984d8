package com.sroworkflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The tests' one way to count the JDBC statements of a user action (issue 20, item 4: statement budgets): every
 * DataSource of the test application is wrapped in a datasource-proxy, and while a {@link Recording} is open the
 * statements the server's request threads ({@code http-nio-*}) and the recording thread send are kept, text and
 * thread. Background threads (the retention schedule, a mail worker) do not count: the figure is the request's
 * own, the same on every run. A statement in a JDBC batch counts as one statement each.
 */
@Component
public class StatementCount implements BeanPostProcessor {

  private static volatile Recording active;

  /** The statements of one action, as sent. */
  public static final class Recording implements AutoCloseable {
    private final Thread owner = Thread.currentThread();
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    private boolean counts(Thread thread) {
      return thread == owner || thread.getName().startsWith("http-nio-");
    }

    public int count() {
      return statements.size();
    }

    public List<String> statements() {
      synchronized (statements) {
        return List.copyOf(statements);
      }
    }

    /** The statements, one a line, shortened: for an assertion's message. */
    public String list() {
      StringBuilder text = new StringBuilder();
      for (String sql : statements()) {
        text.append("\n  ").append(sql.length() > 160 ? sql.substring(0, 160) + " ..." : sql);
      }
      return text.toString();
    }

    @Override
    public void close() {
      if (active == this) {
        active = null;
      }
    }
  }

  /** Starts counting; close the recording to stop. One at a time (test classes run one after another). */
  public static Recording start() {
    Recording recording = new Recording();
    active = recording;
    return recording;
  }

  /** The statements {@code action} causes. */
  public static <T> Recording of(Supplier<T> action) {
    try (Recording recording = start()) {
      action.get();
      return recording;
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
      return ProxyDataSourceBuilder.create(ds).name(beanName).listener(new Listener()).build();
    }
    return bean;
  }

  private static final class Listener implements QueryExecutionListener {
    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
      Recording recording = active;
      if (recording == null || !recording.counts(Thread.currentThread())) {
        return;
      }
      for (QueryInfo query : queries) {
        String sql = query.getQuery().replaceAll("\\s+", " ").trim();
        int times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
        for (int i = 0; i < times; i++) {
          recording.statements.add(sql);
        }
      }
    }
  }
}
