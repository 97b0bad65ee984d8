package com.sroworkflow.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardScoreRepository extends JpaRepository<BoardScore, Long> {

  List<BoardScore> findByApplicationIdOrderByIdAsc(Long applicationId);

  boolean existsByApplicationIdAndMemberUsername(Long applicationId, String memberUsername);

  void deleteByApplicationId(Long applicationId);
}
