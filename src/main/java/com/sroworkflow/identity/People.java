package com.sroworkflow.identity;

import com.sroworkflow.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Names, mail addresses, roles and supervisors of the people who use the program. */
@Service
public class People {

  private final IdentityService identity;
  private final CurrentUser user;
  private final PersonRepository persons;

  public People(IdentityService identity, CurrentUser user, PersonRepository persons) {
    this.identity = identity;
    this.user = user;
    this.persons = persons;
  }

  /**
   * Who is acting in the current engine call: the authenticated user of Tasklist or REST, else the
   * given fallback (a task's assignee, say) when the engine is driven without a login.
   */
  public String actingUser(String fallback) {
    return user.id().orElse(fallback);
  }

  public Optional<User> user(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(identity.createUserQuery().userId(username).singleResult());
  }

  public boolean exists(String username) {
    return user(username).isPresent();
  }

  public String displayName(String username) {
    return user(username).map(u -> (nullToEmpty(u.getFirstName()) + " " + nullToEmpty(u.getLastName())).strip())
        .filter(n -> !n.isEmpty())
        .orElse(username);
  }

  /** The display names of several people in one query (a page of cases names many). */
  public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    List<String> ids = usernames.stream().filter(u -> u != null && !u.isBlank()).distinct().toList();
    if (!ids.isEmpty()) {
      identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().forEach(u -> names.put(u.getId(),
          (nullToEmpty(u.getFirstName()) + " " + nullToEmpty(u.getLastName())).strip()));
    }
    ids.forEach(id -> names.merge(id, id, (found, fallback) -> found.isEmpty() ? fallback : found));
    return names;
  }

  /** "Olivia Ortiz, Police Officer": how a person is named in a form's list of people to choose from. */
  public String nameAndTitle(String username) {
    String title = person(username).map(Person::getTitle).filter(t -> t != null && !t.isBlank()).orElse(null);
    return displayName(username) + (title == null ? "" : ", " + title);
  }

  /** How a mail addresses a person: their display name and mail address (none: null), read in one query. */
  public record Contact(String displayName, String email) {}

  public Contact contact(String username) {
    Optional<User> found = user(username);
    String name = found.map(u -> (nullToEmpty(u.getFirstName()) + " " + nullToEmpty(u.getLastName())).strip())
        .filter(n -> !n.isEmpty()).orElse(username);
    return new Contact(name, found.map(User::getEmail).filter(e -> e != null && !e.isBlank()).orElse(null));
  }

  public Optional<String> email(String username) {
    return user(username).map(User::getEmail).filter(e -> e != null && !e.isBlank());
  }

  public boolean isMember(String username, String groupId) {
    return username != null
        && identity.createUserQuery().userId(username).memberOfGroup(groupId).count() > 0;
  }

  public Optional<String> supervisorOf(String username) {
    return persons.findById(username).map(Person::getSupervisorUsername).filter(s -> !s.isBlank());
  }

  public Optional<Person> person(String username) {
    return persons.findById(username);
  }

  /** Members of a role group who also belong to the school's tenant, such as a school's principals. */
  public List<String> membersAtSchool(String groupId, String schoolCode) {
    return identity.createUserQuery().memberOfGroup(groupId).memberOfTenant(schoolCode).list().stream()
        .map(User::getId)
        .sorted()
        .toList();
  }

  /** Whether the person acts for the school: a member of its tenant, directly or through a group. */
  public boolean actsFor(String username, String schoolCode) {
    return username != null && identity.createTenantQuery().userMember(username).includingGroupsOfUser(true)
        .tenantId(schoolCode).count() > 0;
  }

  /** Everyone who acts for the school (a member of its tenant, directly or through a group), by user id. */
  public List<String> atSchool(String schoolCode) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    identity.createUserQuery().memberOfTenant(schoolCode).list().forEach(u -> ids.add(u.getId()));
    identity.createGroupQuery().memberOfTenant(schoolCode).list().forEach(g ->
        identity.createUserQuery().memberOfGroup(g.getId()).list().forEach(u -> ids.add(u.getId())));
    return List.copyOf(ids);
  }

  public List<String> members(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).sorted().toList();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
