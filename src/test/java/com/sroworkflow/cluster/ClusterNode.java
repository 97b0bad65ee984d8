package com.sroworkflow.cluster;

import com.sroworkflow.SroWorkflowApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * One application node of {@link TwoNodesTest}: the application, whose process engine clock the
 * test can move from outside. A line {@code offset <milliseconds>} on standard input moves it (and the
 * job executor's notion of "due" with it) that far ahead of the real time, like the engine clock of
 * a process test; everything else is the application as it ships.
 */
public final class ClusterNode {

  private ClusterNode() {}

  public static void main(String[] args) {
    Thread clock = new Thread(ClusterNode::followClockCommands, "test-clock");
    clock.setDaemon(true);
    clock.start();
    SroWorkflowApplication.main(args);
  }

  private static void followClockCommands() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("offset ")) {
          ClockUtil.offset(Long.parseLong(line.substring("offset ".length()).trim()));
          System.out.println("test clock: engine time is now " + ClockUtil.getCurrentTime().toInstant());
        }
      }
    } catch (Exception e) {
      System.err.println("test clock stopped: " + e);
    }
  }
}
