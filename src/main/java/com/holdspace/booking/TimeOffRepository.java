package com.holdspace.booking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimeOffRepository extends JpaRepository<TimeOff, Long> {

	@Query("select t from TimeOff t where t.therapistId = :therapistId and t.lastDay >= :from and t.firstDay <= :to order by t.firstDay")
	List<TimeOff> overlapping(long therapistId, LocalDate from, LocalDate to);

	@Query("select t from TimeOff t where t.therapistId = :therapistId and t.lastDay >= :from order by t.firstDay")
	List<TimeOff> upcoming(long therapistId, LocalDate from);

	@Query("select t from TimeOff t where t.therapistId in :therapistIds and t.lastDay >= :from")
	List<TimeOff> upcomingFor(Collection<Long> therapistIds, LocalDate from);

}
