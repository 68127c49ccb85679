package com.holdspace.booking;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkingHoursRepository extends JpaRepository<WorkingHours, Long> {

	List<WorkingHours> findByTherapistIdOrderByDayOfWeekAscStartsAsc(long therapistId);

	default List<WorkingHours> findByTherapistIdIn(Collection<Long> therapistIds) {
		return therapistIds.isEmpty() ? List.of() : findByTherapistIdIn(therapistIds.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from working_hours where therapist_id = any(:therapistIds)", nativeQuery = true)
	List<WorkingHours> findByTherapistIdIn(Long[] therapistIds);

}
