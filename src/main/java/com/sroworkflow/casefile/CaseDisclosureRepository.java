package com.sroworkflow.casefile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseDisclosureRepository extends JpaRepository<CaseDisclosure, Long> {

  List<CaseDisclosure> findByCaseIdOrderByDisclosedAtAscIdAsc(String caseId);

  @Query("select distinct d.caseId from CaseDisclosure d")
  List<String> caseIds();

  @Modifying
  @Query("delete from CaseDisclosure d where d.caseId in :caseIds")
  int deleteByCases(@Param("caseIds") Collection<String> caseIds);
}
