package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * Every diverging gateway of every model has a way out for every case (issue 19): a default flow, or conditions
 * that provably cover every value: a boolean and its negation ({@code ${x}} / {@code ${!x}}), a comparison and
 * its opposite ({@code ${a == 'V'}} / {@code ${a != 'V'}}), or, at an inclusive gateway, a flow that is always
 * taken ({@code ${true}}). A null where a boolean is expected stops the step with an error (the completion is
 * refused, the task stays open), never a silent wrong path.
 */
class GatewayCoverageTest {

  private static final Pattern NEGATION = Pattern.compile("\\$\\{\\s*!\\s*(\\w+)\\s*}");
  private static final Pattern PLAIN = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");
  private static final Pattern COMPARISON = Pattern.compile("\\$\\{\\s*(\\w+)\\s*(==|!=)\\s*('[^']*'|null|\\d+)\\s*}");

  @Test
  void everyDivergingGatewayHasADefaultFlowOrConditionsThatCoverEveryCase() {
    List<String> uncovered = new ArrayList<>();
    for (File file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      List<Gateway> gateways = new ArrayList<>(model.getModelElementsByType(ExclusiveGateway.class));
      gateways.addAll(model.getModelElementsByType(InclusiveGateway.class));
      for (Gateway gateway : gateways) {
        Collection<SequenceFlow> out = gateway.getOutgoing();
        if (out.size() < 2 || hasDefault(gateway) || covered(gateway, out)) {
          continue;
        }
        uncovered.add(file.getName() + ": " + gateway.getId() + " (" + gateway.getName() + ")");
      }
    }
    assertThat(uncovered).as("diverging gateways without a default flow whose conditions may leave a case out")
        .isEmpty();
  }

  @Test
  void theCheckRecognizesOnlyRealComplements() {
    assertThat(complementary(List.of("${eligible}", "${!eligible}"))).isTrue();
    assertThat(complementary(List.of("${status == 'LINKED'}", "${status != 'LINKED'}"))).isTrue();
    assertThat(complementary(List.of("${agencyId == null}", "${agencyId != null}"))).isTrue();
    assertThat(complementary(List.of("${status == 'GIVEN'}", "${status == 'PENDING'}"))).isFalse();
    assertThat(complementary(List.of("${eligible}", "${!recommended}"))).isFalse();
    assertThat(complementary(List.of("${count > 0}", "${count == 0}"))).isFalse();
  }

  private static boolean hasDefault(Gateway gateway) {
    return gateway instanceof ExclusiveGateway x ? x.getDefault() != null
        : gateway instanceof InclusiveGateway i && i.getDefault() != null;
  }

  private static boolean covered(Gateway gateway, Collection<SequenceFlow> out) {
    List<String> conditions = new ArrayList<>();
    for (SequenceFlow flow : out) {
      ConditionExpression condition = flow.getConditionExpression();
      if (condition == null) {
        return false;
      }
      conditions.add(condition.getTextContent().strip());
    }
    if (gateway instanceof InclusiveGateway && conditions.contains("${true}")) {
      return true;
    }
    return complementary(conditions);
  }

  private static boolean complementary(List<String> conditions) {
    if (conditions.size() != 2) {
      return false;
    }
    String a = conditions.get(0);
    String b = conditions.get(1);
    return negates(a, b) || negates(b, a) || opposite(a, b);
  }

  private static boolean negates(String plain, String negated) {
    Matcher p = PLAIN.matcher(plain);
    Matcher n = NEGATION.matcher(negated);
    return p.matches() && n.matches() && p.group(1).equals(n.group(1));
  }

  private static boolean opposite(String a, String b) {
    Matcher x = COMPARISON.matcher(a);
    Matcher y = COMPARISON.matcher(b);
    return x.matches() && y.matches() && x.group(1).equals(y.group(1)) && x.group(3).equals(y.group(3))
        && !x.group(2).equals(y.group(2));
  }

  private static List<File> models() {
    File[] files = new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(files).isNotEmpty();
    return Stream.of(files).sorted().toList();
  }
}
