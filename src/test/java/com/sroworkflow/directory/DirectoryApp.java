package com.sroworkflow.directory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in the directory profile against the embedded demo directory (profile group
 * ldap-demo: UnboundID's in-memory server in the test JVM, on a free loopback port, loaded with the
 * demo people), with a break-glass administrator. Test classes with this annotation share one context.
 * Tagged "directory": they run in JVMs of their own (pom.xml, executions "directory" and
 * "directory-browser"), since Camunda keeps one JVM-wide registry of engines by name and the engine
 * REST looks up "default" there: beside the other tests' context, REST calls would reach the wrong engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "sro.directory.break-glass.username=rescue",
    "sro.directory.break-glass.password=Rescue-Only-7431!"})
@ActiveProfiles({"test", "ldap-demo"})
@Tag("directory")
public @interface DirectoryApp {
  String BREAK_GLASS = "rescue";
  String BREAK_GLASS_PASSWORD = "Rescue-Only-7431!";
}
