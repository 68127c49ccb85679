package com.holdspace.waitlist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.holdspace.shared.BaseEntity;
import com.holdspace.shared.SecretTokens;

/**
 * A freed slot offered by email to one waiting client. The token in the link is the only key to
 * it, so it is long and random; the link books the slot if it is still free when the client taps.
 */
@Entity
@Table(name = "waitlist_offer")
public class WaitlistOffer extends BaseEntity {

	@Column(name = "entry_id")
	private long entryId;

	/** Only the SHA-256 of the link's secret is kept; the link goes out once, in the email. */
	@Column(name = "token_sha256")
	private String tokenSha256;

	@Column(name = "therapist_id")
	private long therapistId;

	@Column(name = "room_id")
	private long roomId;

	@Column(name = "session_type_id")
	private long sessionTypeId;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Enumerated(EnumType.STRING)
	private OfferStatus status = OfferStatus.OPEN;

	@Column(name = "booking_id")
	private Long bookingId;

	protected WaitlistOffer() {
	}

	WaitlistOffer(long entryId, String token, long therapistId, long roomId, long sessionTypeId, Instant startsAt,
			Instant expiresAt) {
		this.entryId = entryId;
		this.tokenSha256 = SecretTokens.sha256(token);
		this.therapistId = therapistId;
		this.roomId = roomId;
		this.sessionTypeId = sessionTypeId;
		this.startsAt = startsAt;
		this.expiresAt = expiresAt;
	}

	/** Open and not yet past its expiry: the link can still book it. */
	public boolean isBookableAt(Instant now) {
		return this.status == OfferStatus.OPEN && now.isBefore(this.expiresAt);
	}

	/** The booking made from this offer stands, whatever happened to the offer meanwhile. */
	void accept(long bookingId) {
		this.status = OfferStatus.ACCEPTED;
		this.bookingId = bookingId;
	}

	void taken() {
		if (this.status == OfferStatus.OPEN) {
			this.status = OfferStatus.TAKEN;
		}
	}

	void expire() {
		if (this.status == OfferStatus.OPEN) {
			this.status = OfferStatus.EXPIRED;
		}
	}

	public long getEntryId() {
		return this.entryId;
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

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public OfferStatus getStatus() {
		return this.status;
	}

	public Long getBookingId() {
		return this.bookingId;
	}

}
