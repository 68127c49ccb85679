package com.holdspace.intake;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HoldReasonRepository extends JpaRepository<HoldReason, Long> {

	List<HoldReason> findByHoldIdInOrderByNotedAtAscIdAsc(Collection<Long> holdIds);

}
