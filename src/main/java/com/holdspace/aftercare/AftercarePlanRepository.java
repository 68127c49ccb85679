package com.holdspace.aftercare;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

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

	long countByClientIdAndHandedOverAtIsNotNull(long clientId);

	/** The first plans handed over to a client, oldest first, by id: the items follow in one more statement. */
	@Query("select p.id from AftercarePlan p where p.clientId = :clientId and p.handedOverAt is not null order by p.handedOverAt, p.id")
	List<Long> firstHandedOverTo(long clientId, Limit limit);

	/** The plans handed over after the given one, in the same order. */
	@Query("""
			select p.id from AftercarePlan p where p.clientId = :clientId and p.handedOverAt is not null
			and (p.handedOverAt > :handedOverAt or (p.handedOverAt = :handedOverAt and p.id > :id))
			order by p.handedOverAt, p.id""")
	List<Long> handedOverToAfter(long clientId, Instant handedOverAt, long id, Limit limit);

	@EntityGraph(attributePaths = "items")
	@Query("select p from AftercarePlan p where p.id in :ids order by p.handedOverAt, p.id")
	List<AftercarePlan> withItems(List<Long> ids);

	/** The plan of a session, locked while it is handed over. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AftercarePlan p where p.sessionId = :sessionId")
	Optional<AftercarePlan> lockBySessionId(long sessionId);

	/** The client read it: recorded once, whoever else is saving the plan at that moment. */
	@Modifying
	@Query("""
			update AftercarePlan p set p.readAt = :at where p.id = :planId and p.clientId = :clientId
			and p.readAt is null and p.handedOverAt is not null""")
	int markRead(long clientId, long planId, Instant at);

}
