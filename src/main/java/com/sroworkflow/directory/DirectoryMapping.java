package com.sroworkflow.directory;

import com.sroworkflow.identity.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The configured table from the directory to the product: which directory groups give which of the
 * product's groups (identity.Roles), and which attribute values or directory groups make a person act
 * for which school (tenant). Directory names are compared ignoring case, as directories do. Directory
 * groups that are not in the table do not exist for the product.
 */
final class DirectoryMapping {

  /** A school code is its tenant id (school.Schools accepts the same). */
  private static final Pattern SCHOOL_CODE = Pattern.compile("[A-Z0-9]{2,16}");

  private final Map<String, List<String>> roles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> schoolValues = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> schoolGroups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final String schoolAttribute;

  DirectoryMapping(DirectoryProperties properties) {
    Set<String> known = new TreeSet<>();
    Roles.ALL.forEach(r -> known.add(r.id()));
    properties.getRoles().forEach((directoryGroup, productGroups) -> {
      for (String group : productGroups) {
        if (!known.contains(group)) {
          throw new IllegalStateException("sro.directory.roles: directory group '" + directoryGroup
              + "' is mapped to '" + group + "', which is not one of the product's groups " + known);
        }
      }
      roles.put(directoryGroup, List.copyOf(productGroups));
    });
    if (roles.isEmpty()) {
      throw new IllegalStateException("sro.directory.roles is empty: map at least one directory group to one of "
          + known + " (see docs/operations.md, 'Connect your district's directory')");
    }
    properties.getSchools().forEach((value, code) -> schoolValues.put(value, school("sro.directory.schools", code)));
    properties.getSchoolGroups().forEach((group, code) -> schoolGroups.put(group, school("sro.directory.school-groups", code)));
    String attribute = properties.getSchoolAttribute();
    this.schoolAttribute = attribute == null || attribute.isBlank() ? null : attribute;
    if (schoolAttribute != null && schoolValues.isEmpty()) {
      throw new IllegalStateException("sro.directory.school-attribute is set but sro.directory.schools maps none of"
          + " its values to a school code");
    }
  }

  private static String school(String setting, String code) {
    if (code == null || !SCHOOL_CODE.matcher(code).matches()) {
      throw new IllegalStateException(setting + ": '" + code + "' is not a school code (2 to 16 capital letters or digits)");
    }
    return code;
  }

  /** The product's groups that some directory group gives. */
  Set<String> productGroups() {
    Set<String> all = new TreeSet<>();
    roles.values().forEach(all::addAll);
    return all;
  }

  /** The directory groups whose members get the product group. */
  List<String> directoryGroupsGiving(String productGroup) {
    List<String> groups = new ArrayList<>();
    roles.forEach((directoryGroup, productGroups) -> {
      if (productGroups.contains(productGroup)) {
        groups.add(directoryGroup);
      }
    });
    return groups;
  }

  Set<String> rolesOf(Collection<String> directoryGroups) {
    Set<String> result = new TreeSet<>();
    for (String group : directoryGroups) {
      result.addAll(roles.getOrDefault(group, List.of()));
    }
    return result;
  }

  String schoolAttribute() {
    return schoolAttribute;
  }

  /** The schools named by the person's values of the school attribute and by their directory groups. */
  Set<String> schoolsOf(Collection<String> attributeValues, Collection<String> directoryGroups) {
    Set<String> result = new TreeSet<>();
    for (String value : attributeValues) {
      String code = schoolValues.get(value);
      if (code != null) {
        result.add(code);
      }
    }
    for (String group : directoryGroups) {
      String code = schoolGroups.get(group);
      if (code != null) {
        result.add(code);
      }
    }
    return result;
  }

  /** Every school some mapping names: the tenants the product knows under the directory. */
  Set<String> schools() {
    Set<String> all = new TreeSet<>(schoolValues.values());
    all.addAll(schoolGroups.values());
    return all;
  }

  boolean needsGroupsForSchools() {
    return !schoolGroups.isEmpty();
  }
}
