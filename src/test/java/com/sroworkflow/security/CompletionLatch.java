package com.sroworkflow.security;

import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Holds task completions at a latch inside their transactions, for deterministic concurrency tests: the
 * engine asks its command checkers whether the caller may work on a task after it has loaded the task, so a
 * checker that waits there holds the completion with the task loaded. One waits before the engine's own
 * authorization checks, one after them. Unarmed (every other test) they pass straight through.
 */
@Configuration
class CompletionLatch {

  static final Hold BEFORE_AUTHORIZATION = new Hold();
  static final Hold AFTER_AUTHORIZATION = new Hold();

  /** The next {@code count} completions wait at the hold until {@link #release()}. */
  static final class Hold {

    private final AtomicInteger armed = new AtomicInteger();
    private volatile CountDownLatch reached = new CountDownLatch(0);
    private volatile CountDownLatch released = new CountDownLatch(0);

    void arm(int count) {
      reached = new CountDownLatch(count);
      released = new CountDownLatch(1);
      armed.set(count);
    }

    void awaitReached() throws InterruptedException {
      if (!reached.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the completions did not reach the latch");
      }
    }

    void release() {
      armed.set(0);
      released.countDown();
    }

    private void pass() {
      if (armed.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        reached.countDown();
        try {
          released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    CommandChecker checker() {
      return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
          new Class<?>[] {CommandChecker.class}, (proxy, method, args) -> switch (method.getName()) {
            case "checkTaskWork" -> {
              pass();
              yield null;
            }
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "CompletionLatch";
            default -> null;
          });
    }
  }

  @Bean
  AbstractProcessEnginePlugin completionLatchPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCommandCheckers().add(0, BEFORE_AUTHORIZATION.checker());
        configuration.getCommandCheckers().add(AFTER_AUTHORIZATION.checker());
      }
    };
  }
}
