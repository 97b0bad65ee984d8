package com.sroworkflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users of the README, password {@code demo}. Created when missing and never overwritten,
 * so a password changed in Admin survives a restart. The production profile loads none of them.
 */
@Component
@Profile("!prod")
@Order(30)
class DemoUsers implements ApplicationRunner {

  static final String PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  record DemoUser(String id, String first, String last, String title, String badge, String supervisor,
      List<String> groups, List<String> schools) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("hana", "Hana", "Hill", "HR Specialist", null, null, List.of(Roles.HR), List.of()),
      // the sergeant supervises the SROs of every school: a member of each school, he reads what his group may read there
      new DemoUser("sam", "Sam", "Stone", "Detective Sergeant", "0412", null, List.of(Roles.SUPERVISOR),
          List.of("LHS", "WMS")),
      new DemoUser("chief", "Charles", "Chen", "Chief of Police", "0001", null, List.of(Roles.CHIEF), List.of()),
      new DemoUser("carl", "Carl", "Cruz", "Support Division Commander", "0107", null,
          List.of(Roles.INTERVIEW_BOARD, Roles.COMMANDER), List.of()),
      new DemoUser("rita", "Rita", "Reyes", "School-system representative", null, null,
          List.of(Roles.INTERVIEW_BOARD, Roles.SCHOOL_REPRESENTATIVE), List.of()),
      new DemoUser("raj", "Raj", "Rao", "School-system representative", null, null,
          List.of(Roles.INTERVIEW_BOARD, Roles.SCHOOL_REPRESENTATIVE), List.of()),
      new DemoUser("olivia", "Olivia", "Ortiz", "Police Officer", "1041", "sam", List.of(Roles.OFFICER), List.of()),
      new DemoUser("omar", "Omar", "Obi", "Police Officer", "1057", "sam", List.of(Roles.OFFICER), List.of()),
      new DemoUser("sally", "Sally", "Sato", "School Resource Officer", "0833", "sam",
          List.of(Roles.SRO, Roles.THREAT_TEAM), List.of("LHS")),
      new DemoUser("steve", "Steve", "Stark", "School Resource Officer", "0861", "sam",
          List.of(Roles.SRO, Roles.THREAT_TEAM), List.of("WMS")),
      new DemoUser("paula", "Paula", "Park", "Principal, Lincoln High School", null, null,
          List.of(Roles.PRINCIPAL, Roles.THREAT_TEAM), List.of("LHS")),
      new DemoUser("peter", "Peter", "Price", "Principal, Washington Middle School", null, null,
          List.of(Roles.PRINCIPAL, Roles.THREAT_TEAM), List.of("WMS")),
      new DemoUser("maria", "Maria", "Moreno", "School Counselor, Lincoln High School", null, null,
          List.of(Roles.THREAT_TEAM), List.of("LHS")),
      new DemoUser("dana", "Dana", "Diaz", "District designee", null, null,
          List.of(Roles.DISTRICT_ADMIN), List.of("LHS", "WMS")),
      new DemoUser("tina", "Tina", "Torres", "Teacher, Lincoln High School", null, null,
          List.of(Roles.STAFF), List.of("LHS")),
      new DemoUser("walt", "Walt", "Wong", "Teacher, Washington Middle School", null, null,
          List.of(Roles.STAFF), List.of("WMS")),
      new DemoUser("mona", "Mona", "Mills", "School Psychologist, Lincoln High School", null, null,
          List.of(Roles.MENTAL_HEALTH, Roles.STAFF), List.of("LHS")),
      new DemoUser("mark", "Mark", "Meyer", "School Social Worker, Washington Middle School", null, null,
          List.of(Roles.MENTAL_HEALTH, Roles.STAFF), List.of("WMS")),
      new DemoUser("alex", "Alex", "Alvarez", "Attendance Officer, Lincoln High School", null, null,
          List.of(Roles.ATTENDANCE), List.of("LHS")),
      new DemoUser("admin", "Ada", "Admin", "Camunda administrator", null, null, List.of(Roles.ADMIN), List.of()));

  private final IdentityService identity;
  private final PersonRepository persons;
  private final StoredPasswords passwords;

  DemoUsers(IdentityService identity, PersonRepository persons, StoredPasswords passwords) {
    this.identity = identity;
    this.persons = persons;
    this.passwords = passwords;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int created = 0;
    // Under a read-only identity provider (the directory, profile "ldap") the people, their groups and
    // schools are the directory's; only the program's own person records are added here.
    boolean readOnly = identity.isReadOnly();
    for (DemoUser d : USERS) {
      if (!readOnly && identity.createUserQuery().userId(d.id()).count() == 0) {
        User user = identity.newUser(d.id());
        user.setFirstName(d.first());
        user.setLastName(d.last());
        user.setEmail(d.id() + "@sro.example");
        user.setPassword(PASSWORD);
        // The demo password does not meet the password policy on purpose: it is the demo's, and
        // the production profile refuses to start while any account still has it.
        passwords.saveIgnoringPolicy(user);
        for (String group : d.groups()) {
          identity.createMembership(d.id(), group);
        }
        for (String school : d.schools()) {
          identity.createTenantUserMembership(school, d.id());
        }
        created++;
      }
      if (!persons.existsById(d.id())) {
        persons.save(new Person(d.id(), d.title(), d.badge(), d.supervisor()));
      }
    }
    if (created > 0) {
      LOG.info("Created {} demo users (password '{}')", created, PASSWORD);
    }
  }
}
