package com.sroworkflow.threat;

import static com.sroworkflow.system.JsonVariables.json;
import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Person;
import com.sroworkflow.identity.Roles;
import java.util.List;
import java.util.TreeSet;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The people of a school who work its threat cases, as options for the forms: the threat team, the
 * staff who may own a safety plan action, the SROs who may make the mental-health referral.
 */
@Component("threatStaff")
public class ThreatStaff {

  private final People people;

  public ThreatStaff(People people) {
    this.people = people;
  }

  public List<String> team(String school) {
    return people.membersAtSchool(Roles.THREAT_TEAM, school);
  }

  /**
   * The school's threat team, principals, SROs, mental-health staff and staff: the people a plan
   * action can be given to (a teacher who checks in with the student each morning, for example).
   */
  public List<String> staff(String school) {
    TreeSet<String> staff = new TreeSet<>(team(school));
    staff.addAll(people.membersAtSchool(Roles.MENTAL_HEALTH, school));
    staff.addAll(people.membersAtSchool(Roles.STAFF, school));
    staff.addAll(people.membersAtSchool(Roles.PRINCIPAL, school));
    staff.addAll(people.membersAtSchool(Roles.SRO, school));
    return List.copyOf(staff);
  }

  public List<String> sros(String school) {
    return people.membersAtSchool(Roles.SRO, school);
  }

  public SpinJsonNode teamOptions(String school) {
    return options(team(school));
  }

  public SpinJsonNode staffOptions(String school) {
    return options(staff(school));
  }

  public SpinJsonNode sroOptions(String school) {
    return options(sros(school));
  }

  /** "Maria Moreno, School Counselor, Lincoln High School": a name and what the person does. */
  public String describe(String username) {
    String title = people.person(username).map(Person::getTitle).filter(t -> t != null && !t.isBlank()).orElse(null);
    return people.displayName(username) + (title == null ? "" : ", " + title);
  }

  private SpinJsonNode options(List<String> usernames) {
    return json(usernames.stream().map(u -> option(describe(u), u)).toList());
  }
}
