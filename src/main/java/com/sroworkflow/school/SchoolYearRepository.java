package com.sroworkflow.school;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolYearRepository extends JpaRepository<SchoolYear, Long> {
  List<SchoolYear> findAllByOrderByFirstDayAsc();
}
