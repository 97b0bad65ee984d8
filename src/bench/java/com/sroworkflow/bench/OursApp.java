package com.sroworkflow.bench;

import benchmark.probe.Probe;
import com.sroworkflow.SroWorkflowApplication;
import java.util.Arrays;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Our application as the benchmark measures it: a JVM of its own, started like {@code java -jar} with its
 * configuration as command-line arguments, plus the benchmark's probe (statement counter and settings).
 * Arguments: {@code probePort} then the application's {@code --name=value} arguments.
 */
public final class OursApp {

  private OursApp() {}

  public static void main(String[] args) throws Exception {
    ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SroWorkflowApplication.class)
        .initializers(c -> c.getBeanFactory().addBeanPostProcessor(new Probe()))
        .run(Arrays.copyOfRange(args, 1, args.length));
    Probe.serve(ctx, Integer.parseInt(args[0]));
    System.out.println("OURS READY");
  }
}
