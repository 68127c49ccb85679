package com.holdspace.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.holdspace.shared.ReferenceRowListener;

/** One span of a therapist's regular week, in the clinic's local time. */
@Entity
@EntityListeners(ReferenceRowListener.class)
@Table(name = "working_hours")
public class WorkingHours {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "therapist_id")
	private long therapistId;

	@Column(name = "day_of_week")
	private short dayOfWeek;

	private LocalTime starts;

	private LocalTime ends;

	protected WorkingHours() {
	}

	public WorkingHours(long therapistId, DayOfWeek day, LocalTime starts, LocalTime ends) {
		this.therapistId = therapistId;
		this.dayOfWeek = (short) day.getValue();
		this.starts = starts;
		this.ends = ends;
	}

	public Long getId() {
		return this.id;
	}

	public long getTherapistId() {
		return this.therapistId;
	}

	public DayOfWeek getDay() {
		return DayOfWeek.of(this.dayOfWeek);
	}

	public LocalTime getStarts() {
		return this.starts;
	}

	public LocalTime getEnds() {
		return this.ends;
	}

}
