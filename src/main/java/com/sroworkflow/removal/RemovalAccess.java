package com.sroworkflow.removal;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who starts and reads removals. A removal belongs to no school tenant (the Chief works it and is no
 * member of any school): its tasks go to named people or to the Chief, whose Tasklist filter
 * (courseoutline.CourseOutlineAccess) holds removals and outlines.
 */
@Configuration
class RemovalAccess {

  static final String REMOVAL = "sroRemoval";

  @Bean
  ProcessAccess sroRemovalAccess() {
    return new ProcessAccess(REMOVAL, List.of(Roles.CHIEF, Roles.PRINCIPAL), List.of(Roles.CHIEF));
  }
}
