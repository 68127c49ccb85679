package com.holdspace.aftercare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AftercarePlanRepository extends JpaRepository<AftercarePlan, Long> {

	@EntityGraph(attributePaths = "items")
	Optional<AftercarePlan> findBySessionId(long sessionId);

	@EntityGraph(attributePaths = "items")
	@Query("select p from AftercarePlan p where p.id = :planId and p.clientId = :clientId and p.handedOverAt is not null")
	Optional<AftercarePlan> findHandedOver(long clientId, long planId);

	@Query("select p from AftercarePlan p where p.clientId = :clientId and p.handedOverAt is not null order by p.handedOverAt desc")
	List<AftercarePlan> findHandedOverTo(long clientId, Pageable page);

	@Query("""
			select p from AftercarePlan p where p.handedOverAt is not null and p.followUpSentAt is null
			and p.followUpOn <= :day order by p.followUpOn""")
	List<AftercarePlan> findFollowUpsDue(LocalDate day, Pageable page);

	@Query("""
			select p from AftercarePlan p where p.therapistId = :therapistId and p.handedOverAt is not null
			and p.followUpOn = :day""")
	List<AftercarePlan> findFollowUpsOn(long therapistId, LocalDate day);

	List<AftercarePlan> findByIdIn(Collection<Long> ids);

}
