package com.sroworkflow.policereport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoliceReportDisclosureRepository extends JpaRepository<PoliceReportDisclosure, Long> {

  List<PoliceReportDisclosure> findByPoliceReportIdOrderByIdAsc(Long policeReportId);
}
