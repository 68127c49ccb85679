package com.holdspace.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.ConstraintNames;
import com.holdspace.shared.Refused;

/**
 * A therapist's regular week and days away. Times are wall-clock times in the clinic's zone. Two
 * spans on the same day never overlap: PostgreSQL's {@code working_hours_no_overlap} says so, and
 * its refusal is turned into a message that names the span already there.
 */
@Service
class ScheduleService {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private final WorkingHoursRepository hours;

	private final TimeOffRepository timeOff;

	private final BookingRepository bookings;

	private final JdbcTemplate jdbc;

	private final ClinicTime clinicTime;

	private final Clock clock;

	private final TransactionTemplate writes;

	ScheduleService(WorkingHoursRepository hours, TimeOffRepository timeOff, BookingRepository bookings,
			JdbcTemplate jdbc, ClinicTime clinicTime, PlatformTransactionManager transactions) {
		this.hours = hours;
		this.timeOff = timeOff;
		this.bookings = bookings;
		this.jdbc = jdbc;
		this.clinicTime = clinicTime;
		this.clock = clinicTime.clock();
		this.writes = new TransactionTemplate(transactions);
	}

	/**
	 * Adds a span to the therapist's week. The same span again (a double tap) changes nothing; a span
	 * that overlaps another on that day is refused.
	 */
	WorkingHours addHours(long therapistId, DayOfWeek day, LocalTime starts, LocalTime ends) {
		if (!ends.isAfter(starts)) {
			throw new Refused("ends", "schedule.error.endsBeforeStarts");
		}
		try {
			return this.writes.execute(status -> same(therapistId, day, starts, ends)
				.orElseGet(() -> this.hours.saveAndFlush(new WorkingHours(therapistId, day, starts, ends))));
		}
		catch (DataIntegrityViolationException refused) {
			if (!ConstraintNames.violated(refused, "working_hours_no_overlap")) {
				throw refused;
			}
			var taken = this.hours.findByTherapistIdOrderByDayOfWeekAscStartsAsc(therapistId)
				.stream()
				.filter(span -> span.getDay() == day && span.getStarts().isBefore(ends) && span.getEnds().isAfter(starts))
				.toList();
			if (taken.size() == 1 && taken.get(0).getStarts().equals(starts) && taken.get(0).getEnds().equals(ends)) {
				return taken.get(0);
			}
			if (taken.isEmpty()) {
				throw refused;
			}
			var first = taken.get(0);
			throw new Refused("starts", "schedule.error.overlap",
					new DefaultMessageSourceResolvable("schedule.day." + day), TIME.format(first.getStarts()),
					TIME.format(first.getEnds()));
		}
	}

	/** Removes the span if it is this therapist's; removing one already gone changes nothing. */
	void removeHours(long therapistId, long spanId) {
		this.writes.executeWithoutResult(status -> this.hours.findById(spanId)
			.filter(span -> span.getTherapistId() == therapistId)
			.ifPresent(this.hours::delete));
	}

	/**
	 * Records whole days away. The same days again (a double tap) changes nothing; days that overlap
	 * time off already recorded are refused, as is time off that has already ended.
	 */
	TimeOff addTimeOff(long therapistId, LocalDate firstDay, LocalDate lastDay, String reason) {
		if (lastDay.isBefore(firstDay)) {
			throw new Refused("lastDay", "schedule.error.lastBeforeFirst");
		}
		if (lastDay.isBefore(LocalDate.now(this.clock))) {
			throw new Refused("lastDay", "schedule.error.timeOffPast");
		}
		return this.writes.execute(status -> {
			// one writer per therapist at a time, so two taps cannot both find the days free
			this.jdbc.queryForList("select pg_advisory_xact_lock(hashtext('holdspace.time_off'), cast(? as integer))",
					therapistId);
			List<TimeOff> overlapping = this.timeOff.overlapping(therapistId, firstDay, lastDay);
			for (TimeOff off : overlapping) {
				if (off.getFirstDay().equals(firstDay) && off.getLastDay().equals(lastDay)) {
					return off;
				}
			}
			if (!overlapping.isEmpty()) {
				throw new Refused("firstDay", "schedule.error.timeOffOverlap",
						DAY.format(overlapping.get(0).getFirstDay()), DAY.format(overlapping.get(0).getLastDay()));
			}
			return this.timeOff.save(new TimeOff(therapistId, firstDay, lastDay, (reason != null) ? reason.strip() : ""));
		});
	}

	void removeTimeOff(long therapistId, long timeOffId) {
		this.writes.executeWithoutResult(status -> this.timeOff.findById(timeOffId)
			.filter(off -> off.getTherapistId() == therapistId)
			.ifPresent(this.timeOff::delete));
	}

	/** Sessions still booked with the therapist on these days: time off does not cancel them. */
	int bookedDuring(TimeOff off) {
		Instant from = ZonedDateTime.of(off.getFirstDay(), LocalTime.MIN, this.clinicTime.zone()).toInstant();
		Instant to = ZonedDateTime.of(off.getLastDay().plusDays(1), LocalTime.MIN, this.clinicTime.zone()).toInstant();
		return (int) this.bookings.holdingTherapist(off.getTherapistId(), from, to)
			.stream()
			.filter(booking -> booking.getStatus().isOpen())
			.count();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Optional<WorkingHours> same(long therapistId, DayOfWeek day, LocalTime starts, LocalTime ends) {
		return this.hours.findByTherapistIdOrderByDayOfWeekAscStartsAsc(therapistId)
			.stream()
			.filter(span -> span.getDay() == day && span.getStarts().equals(starts) && span.getEnds().equals(ends))
			.findFirst();
	}

}
