package com.sroworkflow.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EventAssignmentRepository extends JpaRepository<EventAssignment, Long> {

  List<EventAssignment> findByEventIdOrderByIdAsc(Long eventId);

  Optional<EventAssignment> findByEventIdAndSroUsername(Long eventId, String sroUsername);

  @Query("select a from EventAssignment a join fetch a.event e where e.eventDate between ?1 and ?2")
  List<EventAssignment> findByEventDateBetween(LocalDate from, LocalDate to);

  @Modifying
  @Query("delete from EventAssignment a where a.event.id in (select e.id from SchoolEvent e where e.removeAfter < ?1)")
  int deleteExpired(Instant now);
}
