package com.sroworkflow.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityFindingRepository extends JpaRepository<EligibilityFinding, Long> {

  List<EligibilityFinding> findByApplicationIdOrderByIdAsc(Long applicationId);

  void deleteByApplicationId(Long applicationId);
}
