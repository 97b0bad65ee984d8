package com.sroworkflow.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements and commits each thread sends through the application's DataSource, for the
 * benchmark only, with datasource-proxy's listeners. A batch counts each statement in it and one round trip.
 */
public final class StatementCounter implements BeanPostProcessor {

  /** Per thread: statements executed, batched statements, round trips, commits. */
  public static final class Counts {
    public long statements;
    public long roundTrips;
    public long commits;

    Counts copy() {
      Counts c = new Counts();
      c.statements = statements;
      c.roundTrips = roundTrips;
      c.commits = commits;
      return c;
    }

    public Counts minus(Counts before) {
      Counts c = new Counts();
      c.statements = statements - before.statements;
      c.roundTrips = roundTrips - before.roundTrips;
      c.commits = commits - before.commits;
      return c;
    }
  }

  private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);
  private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

  /** Starts keeping the text of each statement this thread executes, for {@link #stopRecording()}. */
  public static void startRecording() {
    RECORDED.set(new ArrayList<>());
  }

  public static List<String> stopRecording() {
    List<String> sql = RECORDED.get();
    RECORDED.remove();
    return sql == null ? List.of() : sql;
  }

  public static Counts snapshot() {
    return COUNTS.get().copy();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
      return ProxyDataSourceBuilder.create(ds).name(beanName).listener(new Queries()).methodListener(new Commits())
          .build();
    }
    return bean;
  }

  private static final class Queries implements QueryExecutionListener {
    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
      Counts counts = COUNTS.get();
      counts.roundTrips++;
      counts.statements += execution.isBatch() ? execution.getBatchSize() : queries.size();
      List<String> recorded = RECORDED.get();
      if (recorded != null) {
        queries.forEach(q -> recorded.add(q.getQuery().replaceAll("\\s+", " ").trim()));
      }
    }
  }

  private static final class Commits implements MethodExecutionListener {
    @Override
    public void beforeMethod(MethodExecutionContext context) {}

    @Override
    public void afterMethod(MethodExecutionContext context) {
      if (context.getTarget() instanceof Connection && "commit".equals(context.getMethod().getName())) {
        COUNTS.get().commits++;
      }
    }
  }
}
