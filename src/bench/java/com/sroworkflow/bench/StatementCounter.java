package com.sroworkflow.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements and commits each thread sends through the application's DataSource: a
 * JDBC proxy for the benchmark only. A batch counts each statement added to it and one round trip.
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
  private static final ThreadLocal<java.util.List<String>> RECORDED = new ThreadLocal<>();

  /** Starts keeping the text of each statement this thread prepares, for {@link #stopRecording()}. */
  public static void startRecording() {
    RECORDED.set(new java.util.ArrayList<>());
  }

  public static java.util.List<String> stopRecording() {
    java.util.List<String> sql = RECORDED.get();
    RECORDED.remove();
    return sql == null ? java.util.List.of() : sql;
  }

  public static Counts snapshot() {
    return COUNTS.get().copy();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
      return wrap(ds, DataSource.class);
    }
    return bean;
  }

  @SuppressWarnings("unchecked")
  private static <T> T wrap(Object target, Class<T> type) {
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
        new Counting(target));
  }

  private record Counting(Object target) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return target;
      }
      if (name.equals("isWrapperFor") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return true;
      }
      Counts counts = COUNTS.get();
      if (target instanceof Connection && name.startsWith("prepare") && args != null && args[0] instanceof String sql
          && RECORDED.get() != null) {
        RECORDED.get().add(sql.replaceAll("\\s+", " ").trim());
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (target instanceof Statement) {
        if (name.equals("executeBatch")) {
          counts.roundTrips++;
        } else if (name.equals("addBatch")) {
          counts.statements++;
        } else if (name.startsWith("execute")) {
          counts.statements++;
          counts.roundTrips++;
        }
      } else if (target instanceof Connection && name.equals("commit")) {
        counts.commits++;
      }
      if (result instanceof Connection c && !(result instanceof Proxy)) {
        return wrap(c, Connection.class);
      }
      if (result instanceof java.sql.CallableStatement s) {
        return wrap(s, java.sql.CallableStatement.class);
      }
      if (result instanceof java.sql.PreparedStatement s) {
        return wrap(s, java.sql.PreparedStatement.class);
      }
      if (result instanceof Statement s) {
        return wrap(s, Statement.class);
      }
      return result;
    }
  }
}
