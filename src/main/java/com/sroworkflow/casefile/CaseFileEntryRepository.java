package com.sroworkflow.casefile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseFileEntryRepository extends JpaRepository<CaseFileEntry, Long> {

  List<CaseFileEntry> findByCaseIdOrderByWrittenAtAscIdAsc(String caseId);

  List<CaseFileEntry> findByCaseIdAndKindOrderByWrittenAtAscIdAsc(String caseId, CaseFileEntry.Kind kind);

  @Query("select distinct e.caseId from CaseFileEntry e")
  List<String> caseIds();

  @Modifying
  @Query("delete from CaseFileEntry e where e.caseId in :caseIds")
  int deleteByCases(@Param("caseIds") Collection<String> caseIds);
}
