package com.holdspace.booking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimeOffRepository extends JpaRepository<TimeOff, Long> {

	@Query("select t from TimeOff t where t.therapistId = :therapistId and t.lastDay >= :from and t.firstDay <= :to order by t.firstDay")
	List<TimeOff> overlapping(long therapistId, LocalDate from, LocalDate to);

	List<TimeOff> findByTherapistIdOrderByFirstDay(long therapistId);

	@Query("select t from TimeOff t where t.therapistId = :therapistId and t.lastDay >= :from order by t.firstDay")
	List<TimeOff> upcoming(long therapistId, LocalDate from);

	default List<TimeOff> upcomingFor(Collection<Long> therapistIds, LocalDate from) {
		return therapistIds.isEmpty() ? List.of() : upcomingFor(therapistIds.toArray(Long[]::new), from);
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from time_off where therapist_id = any(:therapistIds) and last_day >= :from",
			nativeQuery = true)
	List<TimeOff> upcomingFor(Long[] therapistIds, LocalDate from);

}
