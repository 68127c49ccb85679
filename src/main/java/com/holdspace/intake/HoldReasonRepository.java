package com.holdspace.intake;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HoldReasonRepository extends JpaRepository<HoldReason, Long> {

	default List<HoldReason> findByHoldIdInOrderByNotedAtAscIdAsc(Collection<Long> holdIds) {
		return holdIds.isEmpty() ? List.of() : findByHoldIdInOrderByNotedAtAscIdAsc(holdIds.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from clinical_hold_reason where hold_id = any(:holdIds) order by noted_at, id",
			nativeQuery = true)
	List<HoldReason> findByHoldIdInOrderByNotedAtAscIdAsc(Long[] holdIds);

}
