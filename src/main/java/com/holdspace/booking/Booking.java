package com.holdspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import com.holdspace.shared.BaseEntity;

/**
 * A session booked for a client with a therapist in a room. The therapist and the room are taken
 * from the start until the quiet time after the session ends ({@code freeAt}); PostgreSQL refuses
 * any second booking that would overlap that span for either of them.
 */
@Entity
@Table(name = "booking")
// only changed columns are written, so a reminder the sender marked is never overwritten by a stale copy
@DynamicUpdate
public class Booking extends BaseEntity {

	@Column(name = "client_id")
	private long clientId;

	@Column(name = "therapist_id")
	private long therapistId;

	@Column(name = "room_id")
	private long roomId;

	@Column(name = "session_type_id")
	private long sessionTypeId;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "free_at")
	private Instant freeAt;

	@Enumerated(EnumType.STRING)
	private BookingStatus status = BookingStatus.BOOKED;

	@Column(name = "cancel_reason")
	private String cancelReason;

	@Column(name = "calendar_uid")
	private UUID calendarUid;

	@Column(name = "calendar_sequence")
	private int calendarSequence;

	@Column(name = "creation_token")
	private UUID creationToken;

	@Column(name = "reminder_due_at")
	private Instant reminderDueAt;

	@Column(name = "reminder_sent_at")
	private Instant reminderSentAt;

	@Column(name = "booked_online")
	private boolean bookedOnline;

	/** A new client's online booking holds the time until then, waiting for the emailed link. */
	@Column(name = "unconfirmed_until")
	private Instant unconfirmedUntil;

	protected Booking() {
	}

	Booking(UUID creationToken, long clientId, long therapistId, long roomId, SessionType type, Instant startsAt,
			Duration reminderLead) {
		this.creationToken = creationToken;
		this.calendarUid = UUID.randomUUID();
		this.clientId = clientId;
		this.sessionTypeId = type.getId();
		place(therapistId, roomId, type, startsAt, reminderLead);
	}

	private void place(long therapistId, long roomId, SessionType type, Instant startsAt,
			Duration reminderLead) {
		this.therapistId = therapistId;
		this.roomId = roomId;
		this.startsAt = startsAt;
		this.endsAt = startsAt.plus(type.duration());
		this.freeAt = startsAt.plus(type.occupies());
		this.reminderDueAt = startsAt.minus(reminderLead);
		this.reminderSentAt = null;
	}

	void moveTo(long therapistId, long roomId, SessionType type, Instant startsAt, Duration reminderLead) {
		requireOpen();
		place(therapistId, roomId, type, startsAt, reminderLead);
		this.calendarSequence++;
	}

	/**
	 * A session booked or moved to a time closer than the reminder lead needs no reminder: the
	 * confirmation the client has just been sent already tells them.
	 */
	void skipReminderIfDueBy(Instant now) {
		if (!this.reminderDueAt.isAfter(now)) {
			this.reminderSentAt = now;
		}
	}

	/** Booked by the client online; {@code heldUntil} is when it lapses unless confirmed, or null. */
	void bookedOnline(Instant heldUntil) {
		this.bookedOnline = true;
		this.unconfirmedUntil = heldUntil;
	}

	/** The client opened the emailed link in time: the hold becomes their booking. */
	void confirm() {
		requireOpen();
		this.unconfirmedUntil = null;
	}

	public boolean isBookedOnline() {
		return this.bookedOnline;
	}

	public Instant getUnconfirmedUntil() {
		return this.unconfirmedUntil;
	}

	void cancel(String reason) {
		requireOpen();
		this.status = BookingStatus.CANCELLED;
		this.cancelReason = reason;
		this.calendarSequence++;
	}

	void checkIn() {
		requireOpen();
		this.status = BookingStatus.CHECKED_IN;
		this.calendarSequence++;
	}

	void markNoShow() {
		requireOpen();
		this.status = BookingStatus.NO_SHOW;
		this.calendarSequence++;
	}

	void requireOpen() {
		if (!this.status.isOpen()) {
			throw new BookingClosedException(getId(), this.status);
		}
	}

	public long getClientId() {
		return this.clientId;
	}

	public long getTherapistId() {
		return this.therapistId;
	}

	public long getRoomId() {
		return this.roomId;
	}

	public long getSessionTypeId() {
		return this.sessionTypeId;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public Instant getFreeAt() {
		return this.freeAt;
	}

	public BookingStatus getStatus() {
		return this.status;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public UUID getCalendarUid() {
		return this.calendarUid;
	}

	public int getCalendarSequence() {
		return this.calendarSequence;
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public Instant getReminderDueAt() {
		return this.reminderDueAt;
	}

	public Instant getReminderSentAt() {
		return this.reminderSentAt;
	}

}
