package com.sroworkflow.identity;

import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.PlainText;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the program knows of a person beyond their Camunda account: title or rank, badge number and
 * supervisor. Administrators set it ({@code PUT /api/people/{username}}); the account itself, its
 * groups and schools are kept in Camunda Admin.
 */
@RestController
@RequestMapping("/api/people")
class PersonAdmin {

  record PersonDto(String username, String title, String badgeNumber, String supervisorUsername) {}

  private final PersonRepository persons;
  private final People people;
  private final CurrentUser user;

  PersonAdmin(PersonRepository persons, People people, CurrentUser user) {
    this.persons = persons;
    this.people = people;
    this.user = user;
  }

  @GetMapping("/{username}")
  PersonDto get(@PathVariable String username) {
    user.requireGroup(Roles.ADMIN);
    Person p = persons.findById(username).orElseThrow(() ->
        InvalidInputException.of("username", "identity.username.person-record", username));
    return new PersonDto(p.getUsername(), p.getTitle(), p.getBadgeNumber(), p.getSupervisorUsername());
  }

  @PutMapping("/{username}")
  @Transactional
  PersonDto put(@PathVariable String username, @RequestBody PersonDto person) {
    user.requireGroup(Roles.ADMIN);
    if (!people.exists(username)) {
      throw InvalidInputException.of("username", "identity.username.account-create-admin-first", username);
    }
    String supervisor = blankToNull(person.supervisorUsername());
    if (supervisor != null && (!people.exists(supervisor) || supervisor.equals(username))) {
      throw InvalidInputException.of("supervisorUsername", "identity.supervisorUsername.supervisor-another-existing-account");
    }
    String title = blankToNull(person.title());
    String badge = blankToNull(person.badgeNumber());
    PlainText.check("title", Messages.text("identity.field.title"), title);
    if (title != null && title.length() > 120) {
      throw InvalidInputException.of("title", "identity.title.title-most-characters");
    }
    if (badge != null && !badge.matches("[A-Za-z0-9-]{1,32}")) {
      throw InvalidInputException.of("badgeNumber", "identity.badgeNumber.badge-number-up-letters");
    }
    persons.save(new Person(username, title, badge, supervisor));
    return new PersonDto(username, title, badge, supervisor);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
