package com.holdspace.aftercare;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AftercareCheckInRepository extends JpaRepository<AftercareCheckIn, Long> {

	default List<AftercareCheckIn> findByPlanIdInOrderBySentAtDesc(Collection<Long> planIds) {
		return planIds.isEmpty() ? List.of() : findByPlanIdInOrderBySentAtDesc(planIds.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from aftercare_check_in where plan_id = any(:planIds) order by sent_at desc",
			nativeQuery = true)
	List<AftercareCheckIn> findByPlanIdInOrderBySentAtDesc(Long[] planIds);

	Optional<AftercareCheckIn> findByPlanIdAndToken(long planId, UUID token);

	/** Urgent check-ins on a therapist's plans sent in a span, newest first. */
	@org.springframework.data.jpa.repository.Query("""
			select new com.holdspace.aftercare.UrgentCheckIn(p.clientId, c.feeling, c.words, c.sentAt)
			from AftercareCheckIn c, AftercarePlan p
			where p.id = c.planId and p.therapistId = :therapistId and c.urgent = true
			  and c.sentAt >= :from and c.sentAt < :to
			order by c.sentAt desc""")
	List<UrgentCheckIn> findUrgentFor(long therapistId, java.time.Instant from, java.time.Instant to);

}
