package com.sroworkflow.casefile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

  List<CaseNote> findByCaseIdOrderByWrittenAtAscIdAsc(String caseId);

  @Query("select distinct n.caseId from CaseNote n")
  List<String> caseIds();

  @Modifying
  @Query("delete from CaseNote n where n.caseId in :caseIds")
  int deleteByCases(@Param("caseIds") Collection<String> caseIds);
}
