package com.holdspace.booking;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingHoursRepository extends JpaRepository<WorkingHours, Long> {

	List<WorkingHours> findByTherapistIdOrderByDayOfWeekAscStartsAsc(long therapistId);

	List<WorkingHours> findByTherapistIdIn(Collection<Long> therapistIds);

}
