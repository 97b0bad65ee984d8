package com.sroworkflow.tip;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TipRepository extends JpaRepository<Tip, Long> {

  boolean existsByReceipt(String receipt);

  Optional<Tip> findByReceipt(String receipt);

  Optional<Tip> findByProcessInstanceId(String processInstanceId);

  /** Tips after {@code afterId}, oldest first: the retention pass walks them a page at a time. */
  Slice<Tip> findByIdGreaterThanOrderByIdAsc(Long afterId, Pageable page);
}
