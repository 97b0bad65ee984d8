package com.sroworkflow.transfer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseTransferRepository extends JpaRepository<CaseTransfer, Long> {

  List<CaseTransfer> findByOldCaseIdOrNewCaseIdOrderByIdAsc(String oldCaseId, String newCaseId);
}
