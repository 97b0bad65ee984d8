package com.sroworkflow.school;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolCalendarChangeRepository extends JpaRepository<SchoolCalendarChange, Long> {
  List<SchoolCalendarChange> findTop20ByOrderByIdDesc();
}
