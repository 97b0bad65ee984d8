package com.sroworkflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/**
 * The PostgreSQL pass runs every integration test class (tag "app") but those marked {@link NotOnPostgres}, and
 * such a class cannot hide SQL from PostgreSQL: it uses no JDBC, JPA, Hibernate or engine internals, calls no
 * hand-written query of a repository (Spring Data's derived queries only), sweeps no tables (security/Hostile,
 * TestDatabases), drives no concurrency, is an integration test, and docs/testing.md names it with the others.
 */
class PostgresPassSelectionTest {

  private static JavaClasses tests;

  /**
   * The project's compiled classes, tests and application (whose repositories' methods carry the @Query), read from
   * the build's two class folders without the libraries they use: the rules need only the names of what they use,
   * and scanning and reading the libraries as well took most of a minute.
   */
  @BeforeAll
  static void importTests() {
    ArchConfiguration configuration = ArchConfiguration.get();
    boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
    configuration.setResolveMissingDependenciesFromClassPath(false);
    try {
      JavaClasses all = new ClassFileImporter().importPaths(Path.of("target", "test-classes"), Path.of("target", "classes"));
      tests = all.that(new DescribedPredicate<>("test classes") {
        @Override
        public boolean test(JavaClass type) {
          return type.getSource().map(source -> source.getUri().toString().contains("/test-classes/")).orElse(false);
        }
      });
    } finally {
      configuration.setResolveMissingDependenciesFromClassPath(resolving);
    }
  }

  /** The class or the class it is nested in is left out of the PostgreSQL pass. */
  private static final DescribedPredicate<JavaClass> LEFT_OUT = new DescribedPredicate<>("left out of the PostgreSQL pass") {
    @Override
    public boolean test(JavaClass type) {
      for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
        if (c.isAnnotatedWith(NotOnPostgres.class)) {
          return true;
        }
      }
      return false;
    }
  };

  @Test
  void aClassLeftOutSendsNoSqlOfItsOwnAndDrivesNoConcurrency() {
    noClasses().that(LEFT_OUT).should().dependOnClassesThat().resideInAnyPackage(
            "java.sql..", "javax.sql..", "jakarta.persistence..", "org.hibernate..", "org.springframework.jdbc..",
            "org.camunda.bpm.engine.impl..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(TestDatabases.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName("com.sroworkflow.security.Hostile")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("com.sroworkflow.security.CompletionLatch")
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Latch")
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Barrier")
        .orShould().dependOnClassesThat().haveSimpleName("Phaser")
        .orShould().dependOnClassesThat().haveSimpleName("Semaphore")
        .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Executor")
        .because("a class whose outcome can depend on the database runs on PostgreSQL too (docs/testing.md)")
        .check(tests);
    classes().that(LEFT_OUT).should(callNoHandWrittenQuery()).check(tests);
  }

  @Test
  void aClassLeftOutIsAnIntegrationTestNamedInTheTestingGuide() throws Exception {
    String guide = Files.readString(Path.of("docs", "testing.md"));
    List<JavaClass> leftOut = tests.stream().filter(c -> c.isAnnotatedWith(NotOnPostgres.class)).toList();
    assertThat(leftOut).as("the classes left out of the PostgreSQL pass").isNotEmpty();
    for (JavaClass c : leftOut) {
      assertThat(c.isAnnotatedWith(IntegrationTest.class)).as(c.getName() + " is an integration test").isTrue();
      assertThat(c.getAnnotationOfType(NotOnPostgres.class).value()).as(c.getName() + "'s reason").isNotBlank();
      assertThat(guide).as("docs/testing.md names " + c.getSimpleName()).contains("`" + c.getSimpleName() + "`");
    }
  }

  private static ArchCondition<JavaClass> callNoHandWrittenQuery() {
    return new ArchCondition<>("call no hand-written query (@Query) of a repository") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
          call.getTarget().resolveMember().ifPresent(method -> {
            if (method.isAnnotatedWith(Query.class)) {
              events.add(SimpleConditionEvent.violated(call, call.getDescription()));
            }
          });
        }
      }
    };
  }
}
