package com.sroworkflow.selection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

  Optional<Appointment> findByApplicationId(Long applicationId);

  List<Appointment> findByOfficerUsernameOrderByIdAsc(String officerUsername);
}
