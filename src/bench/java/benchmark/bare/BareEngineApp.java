package benchmark.bare;

import benchmark.probe.Probe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's baseline: a bare Camunda 7.24 engine with the Camunda Spring Boot starters (webapp and REST),
 * no project code on its class path (the benchmark launches it without target/classes), in a JVM of its own, on
 * its own PostgreSQL database. Its engine settings are ours (history full, removal time at the end, authorization
 * on, the same task permission, historic instance permissions, JSON serialization, the same job executor
 * defaults); its models have the user tasks of the paths the benchmark drives through ours and nothing else.
 *
 * <p>Arguments: {@code port probePort jdbcUrl}.
 */
@SpringBootApplication(scanBasePackages = "benchmark.bare")
public class BareEngineApp {

  public static void main(String[] args) throws Exception {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.config.name", "bare-engine"); // nothing of the project's application.yaml
    p.put("server.port", args[0]);
    p.put("spring.datasource.url", args[2]);
    p.put("spring.datasource.username", "postgres");
    p.put("spring.datasource.password", "");
    // Ours' server threads, connection pool and job executor (application.yaml).
    p.put("server.tomcat.threads.max", "16");
    p.put("server.tomcat.threads.min-spare", "4");
    p.put("spring.datasource.hikari.maximum-pool-size", "30");
    p.put("spring.datasource.hikari.minimum-idle", "4");
    p.put("spring.datasource.hikari.connection-timeout", "30000");
    p.put("camunda.bpm.job-execution.core-pool-size", "3");
    p.put("camunda.bpm.job-execution.max-pool-size", "10");
    p.put("camunda.bpm.job-execution.queue-capacity", "3");
    p.put("spring.main.banner-mode", "off");
    p.put("spring.jpa.open-in-view", "false");
    p.put("logging.level.root", "WARN");
    p.put("spring.autoconfigure.exclude", String.join(",",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.ldap.LdapAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.ldap.LdapRepositoriesAutoConfiguration",
        "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
        "org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration"));
    p.put("springdoc.api-docs.enabled", "false");
    p.put("camunda.bpm.admin-user.id", "admin");
    p.put("camunda.bpm.admin-user.password", "demo");
    p.put("camunda.bpm.authorization.enabled", "true");
    p.put("camunda.bpm.database.schema-update", "true");
    p.put("camunda.bpm.history-level", "full");
    p.put("camunda.bpm.default-serialization-format", "application/json");
    p.put("camunda.bpm.auto-deployment-enabled", "false");
    p.put("camunda.bpm.job-execution.enabled", "true");
    p.put("camunda.bpm.webapp.index-redirect-enabled", "true");
    // The engine settings of ours (application.yaml, camunda.bpm.generic-properties), except the password policy
    // (it only refuses weak passwords when a user is saved; the benchmark's users have the demo password).
    String g = "camunda.bpm.generic-properties.properties.";
    p.put(g + "javaSerializationFormatEnabled", "false");
    p.put(g + "deserializationTypeValidationEnabled", "true");
    p.put(g + "loginMaxAttempts", "10");
    p.put(g + "loginDelayBase", "3");
    p.put(g + "loginDelayFactor", "2");
    p.put(g + "loginDelayMaxTime", "60");
    p.put(g + "defaultUserPermissionNameForTask", "TASK_WORK");
    p.put(g + "enableHistoricInstancePermissions", "true");
    p.put(g + "enforceHistoryTimeToLive", "true");
    p.put(g + "historyRemovalTimeStrategy", "end");
    p.put(g + "historyCleanupBatchWindowStartTime", "01:00");
    p.put(g + "historyCleanupBatchWindowEndTime", "05:00");
    p.put(g + "enableExpressionsInAdhocQueries", "false");
    p.put(g + "enableExpressionsInStoredQueries", "true");
    SpringApplication app = new SpringApplication(BareEngineApp.class);
    app.setDefaultProperties(p);
    app.addInitializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new Probe()));
    ConfigurableApplicationContext ctx = app.run();
    setUp(ctx.getBean(ProcessEngine.class));
    Probe.serve(ctx, Integer.parseInt(args[1]));
    System.out.println("BARE ENGINE READY");
  }

  /** The people the driver logs in as, their groups and grants, and the two models; once per database. */
  static void setUp(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    RepositoryService repository = engine.getRepositoryService();
    if (repository.createProcessDefinitionQuery().processDefinitionKey("benchBareThreat").count() > 0) {
      return;
    }
    for (String group : List.of("principal", "sro", "threatTeam")) {
      Group g = identity.newGroup(group);
      g.setName(group);
      g.setType("WORKFLOW");
      identity.saveGroup(g);
      grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      for (String key : List.of("benchBareReferral", "benchBareThreat")) {
        grant(authorizations, group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
    }
    Map<String, List<String>> people = Map.of("sally", List.of("sro", "threatTeam"), "paula", List.of("principal",
        "threatTeam"), "maria", List.of("threatTeam"), "steve", List.of("sro", "threatTeam"), "peter",
        List.of("principal", "threatTeam"));
    people.forEach((id, groups) -> {
      User u = identity.newUser(id);
      u.setFirstName(id);
      u.setLastName("Bench");
      u.setEmail(id + "@sro.example");
      u.setPassword("demo");
      identity.saveUser(u);
      groups.forEach(group -> identity.createMembership(id, group));
    });
    BpmnModelInstance referral = Bpmn.createExecutableProcess("benchBareReferral").camundaHistoryTimeToLive(1825)
        .startEvent().camundaInitiator("referringUser")
        .parallelGateway("fork")
        .userTask("AcknowledgeReferral").camundaCandidateGroups("principal")
        .parallelGateway("join")
        .endEvent()
        .moveToNode("fork")
        .userTask("RecordConsent").camundaAssignee("${referringUser}").camundaCandidateGroups("sro")
        .userTask("RecordAgencyResponse").camundaAssignee("${referringUser}").camundaCandidateGroups("sro")
        .intermediateCatchEvent("FollowUpDue").timerWithDuration("P30D")
        .userTask("FollowUpReferral").camundaAssignee("${referringUser}").camundaCandidateGroups("sro")
        .connectTo("join")
        .done();
    BpmnModelInstance threat = Bpmn.createExecutableProcess("benchBareThreat").camundaHistoryTimeToLive(2555)
        .startEvent().camundaInitiator("reportedBy")
        .userTask("ScreenReport").camundaCandidateGroups("principal")
        .userTask("AssessThreat").camundaCandidateGroups("threatTeam")
        .userTask("DecideClassification").camundaCandidateGroups("principal")
        .parallelGateway("fork")
        .userTask("NotifyVictimParents").camundaCandidateGroups("threatTeam")
        .parallelGateway("join")
        .userTask("WriteSafetyPlan").camundaCandidateGroups("threatTeam")
        .userTask("CarryOutPlanAction").camundaCandidateGroups("threatTeam")
        .intermediateCatchEvent("ReviewDue").timerWithDuration("P30D")
        .userTask("ReviewCase").camundaCandidateGroups("threatTeam")
        .endEvent()
        .moveToNode("fork").userTask("NotifyStudentParents").camundaCandidateGroups("threatTeam").connectTo("join")
        .moveToNode("fork").userTask("AcknowledgeThreat").camundaCandidateGroups("principal").connectTo("join")
        .moveToNode("fork").userTask("DecideLawEnforcementAction").camundaCandidateGroups("sro").connectTo("join")
        .done();
    repository.createDeployment().name("benchmark baseline")
        .addModelInstance("bench-bare-referral.bpmn", referral)
        .addModelInstance("bench-bare-threat.bpmn", threat)
        .deploy();
  }

  private static void grant(AuthorizationService authorizations, String group, Resource resource, String id,
      Permission... permissions) {
    Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    a.setGroupId(group);
    a.setResource(resource);
    a.setResourceId(id);
    for (Permission permission : permissions) {
      a.addPermission(permission);
    }
    authorizations.saveAuthorization(a);
  }
}
