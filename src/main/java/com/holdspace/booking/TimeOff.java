package com.holdspace.booking;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.holdspace.shared.ReferenceRowListener;

/** Whole days a therapist is away (holiday, training, illness); nothing can be booked on them. */
@Entity
@EntityListeners({ AuditingEntityListener.class, ReferenceRowListener.class })
@Table(name = "time_off")
public class TimeOff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "therapist_id")
	private long therapistId;

	@Column(name = "first_day")
	private LocalDate firstDay;

	@Column(name = "last_day")
	private LocalDate lastDay;

	private String reason = "";

	@CreatedDate
	@Column(name = "created_at")
	private Instant createdAt;

	protected TimeOff() {
	}

	public TimeOff(long therapistId, LocalDate firstDay, LocalDate lastDay, String reason) {
		this.therapistId = therapistId;
		this.firstDay = firstDay;
		this.lastDay = lastDay;
		this.reason = (reason != null) ? reason : "";
	}

	public Long getId() {
		return this.id;
	}

	public long getTherapistId() {
		return this.therapistId;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public String getReason() {
		return this.reason;
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.firstDay) && !day.isAfter(this.lastDay);
	}

}
