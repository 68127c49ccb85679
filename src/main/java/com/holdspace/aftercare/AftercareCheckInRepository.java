package com.holdspace.aftercare;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AftercareCheckInRepository extends JpaRepository<AftercareCheckIn, Long> {

	List<AftercareCheckIn> findByPlanIdInOrderBySentAtDesc(Collection<Long> planIds);

	Optional<AftercareCheckIn> findByPlanIdAndToken(long planId, UUID token);

}
