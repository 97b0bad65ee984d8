package com.sroworkflow.selection;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VacancyRepository extends JpaRepository<Vacancy, Long> {

  Optional<Vacancy> findByReferenceIgnoreCase(String reference);
}
