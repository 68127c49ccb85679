package com.holdspace.booking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a booking's history: what changed, who changed it and when. Never edited. */
@Entity
@Table(name = "booking_event")
public class BookingEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "booking_id")
	private long bookingId;

	@Enumerated(EnumType.STRING)
	private BookingEventKind kind;

	private String detail = "";

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	protected BookingEvent() {
	}

	BookingEvent(long bookingId, BookingEventKind kind, String detail, Actor actor, Instant occurredAt) {
		this.bookingId = bookingId;
		this.kind = kind;
		this.detail = (detail != null) ? detail : "";
		this.actorId = actor.accountId();
		this.actorName = actor.name();
		this.occurredAt = occurredAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getBookingId() {
		return this.bookingId;
	}

	public BookingEventKind getKind() {
		return this.kind;
	}

	public String getDetail() {
		return this.detail;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getActorName() {
		return this.actorName;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
