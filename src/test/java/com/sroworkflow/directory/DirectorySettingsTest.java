package com.sroworkflow.directory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The directory profile refuses settings that would send passwords in the clear or map to nothing. */
class DirectorySettingsTest {

  private static DirectoryProperties settings(String url, boolean plainForTests) {
    DirectoryProperties p = new DirectoryProperties();
    p.setUrl(url);
    p.setPlainLdapForTests(plainForTests);
    p.setBindDn("cn=sro-workflow,dc=district,dc=example");
    p.setBindPassword("from-the-environment");
    p.setRoles(Map.of("SRO-Principals", List.of("principal")));
    return p;
  }

  @Test
  void ldapsIsAccepted() {
    assertThatCode(() -> new DirectoryPlugin(settings("ldaps://dc1.district.example:636", false), () -> null))
        .doesNotThrowAnyException();
  }

  @Test
  void plainLdapIsRefusedOutsideTests() {
    assertThatThrownBy(() -> new DirectoryPlugin(settings("ldap://dc1.district.example:389", false), () -> null))
        .hasMessageContaining("Refusing to start").hasMessageContaining("not encrypted");
    assertThatThrownBy(() -> new DirectoryPlugin(settings("ldap://127.0.0.1:389", false), () -> null))
        .as("not even to this machine without the test-only setting").hasMessageContaining("not encrypted");
    assertThatThrownBy(() -> new DirectoryPlugin(settings("ldap://dc1.district.example:389", true), () -> null))
        .as("the test-only setting allows this machine only").hasMessageContaining("not encrypted");
    assertThatCode(() -> new DirectoryPlugin(settings("ldap://127.0.0.1:389", true), () -> null))
        .doesNotThrowAnyException();
  }

  @Test
  void aMissingAddressOrBindPasswordIsRefused() {
    assertThatThrownBy(() -> new DirectoryPlugin(settings("", false), () -> null)).hasMessageContaining("SRO_LDAP_URL");
    DirectoryProperties noPassword = settings("ldaps://dc1.district.example:636", false);
    noPassword.setBindPassword("");
    assertThatThrownBy(() -> new DirectoryPlugin(noPassword, () -> null)).hasMessageContaining("SRO_LDAP_BIND_PASSWORD");
  }

  @Test
  void aBreakGlassAdministratorNeedsALongPassword() {
    DirectoryProperties weak = settings("ldaps://dc1.district.example:636", false);
    weak.getBreakGlass().setUsername("rescue");
    weak.getBreakGlass().setPassword("demo");
    assertThatThrownBy(() -> new DirectoryPlugin(weak, () -> null)).hasMessageContaining("at least 12 characters");
  }

  @Test
  void theTableMapsOnlyToTheProductsGroupsAndSchoolCodes() {
    DirectoryProperties unknownRole = settings("ldaps://dc1.district.example:636", false);
    unknownRole.setRoles(Map.of("Principals", List.of("principals")));
    assertThatThrownBy(() -> new DirectoryPlugin(unknownRole, () -> null))
        .hasMessageContaining("'principals', which is not one of the product's groups");
    DirectoryProperties badSchool = settings("ldaps://dc1.district.example:636", false);
    badSchool.setSchoolGroups(Map.of("Lincoln Staff", "Lincoln High"));
    assertThatThrownBy(() -> new DirectoryPlugin(badSchool, () -> null)).hasMessageContaining("not a school code");
    DirectoryProperties empty = settings("ldaps://dc1.district.example:636", false);
    empty.setRoles(Map.of());
    assertThatThrownBy(() -> new DirectoryPlugin(empty, () -> null)).hasMessageContaining("sro.directory.roles is empty");
  }
}
