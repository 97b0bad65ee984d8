package com.sroworkflow.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<Agency, String> {

  List<Agency> findByActiveTrueOrderByServiceTypeAscNameAsc();
}
