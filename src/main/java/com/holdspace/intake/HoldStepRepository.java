package com.holdspace.intake;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HoldStepRepository extends JpaRepository<HoldStep, Long> {

	default List<HoldStep> findByHoldIdIn(Collection<Long> holdIds) {
		return holdIds.isEmpty() ? List.of() : findByHoldIdIn(holdIds.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from clinical_hold_step where hold_id = any(:holdIds)", nativeQuery = true)
	List<HoldStep> findByHoldIdIn(Long[] holdIds);

}
