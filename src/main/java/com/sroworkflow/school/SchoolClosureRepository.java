package com.sroworkflow.school;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolClosureRepository extends JpaRepository<SchoolClosure, Long> {
  List<SchoolClosure> findAllByOrderByFirstDayAsc();
}
