package com.holdspace.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeClearanceRepository extends JpaRepository<IntakeClearance, Long> {

	List<IntakeClearance> findByClientIdAndIntakeVersionOrderByRecordedAt(long clientId, int intakeVersion);

}
