package com.sroworkflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The packages' boundaries (issue 16): each capability is a package of its own, no two packages
 * depend on each other in a circle, and a package reads only its own tables: another package's data
 * comes from that package's public services, never from its Spring Data repository. Application
 * code only; tests may set up any table.
 */
class ArchitectureTest {

  private static JavaClasses application;

  @BeforeAll
  static void importApplication() {
    application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.sroworkflow");
  }

  @Test
  void noTwoPackagesDependOnEachOtherInACircle() {
    slices().matching("com.sroworkflow.(*)..").should().beFreeOfCycles().check(application);
  }

  @Test
  void aRepositoryIsUsedOnlyInItsOwnPackage() {
    classes().that().areAssignableTo(Repository.class).and().areInterfaces()
        .should(beUsedOnlyInTheirOwnPackage())
        .because("a package never queries another's tables: it asks that package's public service")
        .check(application);
  }

  @Test
  void theProgramPackageIsGoneForGood() {
    noClasses().should().resideInAPackage("com.sroworkflow.program..")
        .because("program was split into assignment, removal, courseoutline, activity, training and report")
        .allowEmptyShould(true)
        .check(application);
    noClasses().that().resideInAPackage("com.sroworkflow..")
        .should().dependOnClassesThat().resideInAPackage("com.sroworkflow.program..")
        .check(application);
  }

  private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
    return new ArchCondition<>("be used only in their own package") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        for (Dependency d : repository.getDirectDependenciesToSelf()) {
          JavaClass user = d.getOriginClass();
          if (!user.getPackageName().equals(repository.getPackageName())) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }
}
