package com.sroworkflow.school;

import com.sroworkflow.system.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools of the program and their tenants. */
@Service
public class Schools {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,16}");

  private final SchoolRepository schools;
  private final IdentityService identity;

  public Schools(SchoolRepository schools, IdentityService identity) {
    this.schools = schools;
    this.identity = identity;
  }

  /** Registers a school and its tenant; registering an existing school changes nothing. */
  @Transactional
  public School register(String code, String name, String level, String feedsInto) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInputException("code", "School code must be 2 to 16 capital letters or digits.");
    }
    School school = schools.findById(code).orElseGet(() -> schools.save(new School(code, name, level, feedsInto)));
    if (identity.createTenantQuery().tenantId(code).count() == 0) {
      Tenant tenant = identity.newTenant(code);
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
    return school;
  }

  /** The school with this code, or a refusal that names the field the code came from. */
  public School require(String field, Object code) {
    if (!(code instanceof String s) || s.isBlank()) {
      throw new InvalidInputException(field, "School is required.");
    }
    return schools.findById(s)
        .orElseThrow(() -> new InvalidInputException(field, "School '" + abbreviate(s) + "' is not known; the schools are "
            + String.join(", ", all().stream().map(known -> known.getName() + " (" + known.getCode() + ")").toList()) + "."));
  }

  public List<School> all() {
    return schools.findAll().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
  }

  public String name(String code) {
    return schools.findById(code).map(School::getName).orElse(code);
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
