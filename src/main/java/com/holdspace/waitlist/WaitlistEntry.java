package com.holdspace.waitlist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import com.holdspace.shared.BaseEntity;

/**
 * A client waiting for a session of a type, with one therapist or any, at the times in the week
 * they can come. The oldest entry that fits a freed slot is offered it first.
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry extends BaseEntity {

	@Column(name = "client_id")
	private long clientId;

	@Column(name = "session_type_id")
	private long sessionTypeId;

	/** Null: any therapist will do. */
	@Column(name = "therapist_id")
	private Long therapistId;

	@Enumerated(EnumType.STRING)
	private WaitlistStatus status = WaitlistStatus.WAITING;

	private String note = "";

	@Column(name = "booking_id")
	private Long bookingId;

	@ElementCollection
	@CollectionTable(name = "waitlist_window", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderBy("dayOfWeek asc, starts asc")
	private List<WaitlistWindow> windows = new ArrayList<>();

	@Column(name = "creation_token")
	private UUID creationToken;

	/** The clinic the client waits at: their therapist's, or for any therapist the one chosen. */
	@Column(name = "site_id")
	private long siteId;

	protected WaitlistEntry() {
	}

	WaitlistEntry(UUID creationToken, long clientId, long sessionTypeId, Long therapistId, long siteId,
			List<WaitlistWindow> windows, String note) {
		this.creationToken = creationToken;
		if (windows.isEmpty()) {
			throw new IllegalArgumentException("A waitlist entry needs at least one window");
		}
		this.clientId = clientId;
		this.sessionTypeId = sessionTypeId;
		this.therapistId = therapistId;
		this.siteId = siteId;
		this.windows = new ArrayList<>(windows);
		this.note = (note != null) ? note.strip() : "";
	}

	/** Staff take the entry off the list; only a waiting entry can be removed. */
	void remove() {
		if (this.status != WaitlistStatus.WAITING) {
			throw new IllegalStateException("Entry " + getId() + " is " + this.status);
		}
		this.status = WaitlistStatus.REMOVED;
	}

	/**
	 * The client booked an offered slot. A booking that was made stands, even if staff removed the
	 * entry in the same moment.
	 */
	void booked(long bookingId) {
		if (this.status == WaitlistStatus.BOOKED) {
			return;
		}
		this.status = WaitlistStatus.BOOKED;
		this.bookingId = bookingId;
	}

	/** Whether this entry asks for the same as another: what a repeated submission of one form makes. */
	boolean sameRequestAs(long sessionTypeId, Long therapistId, long siteId, List<WaitlistWindow> windows,
			String note) {
		if (this.sessionTypeId != sessionTypeId || !Objects.equals(this.therapistId, therapistId) || this.siteId != siteId
				|| !this.note.equals((note != null) ? note.strip() : "") || this.windows.size() != windows.size()) {
			return false;
		}
		return windows.stream().allMatch(window -> this.windows.stream().anyMatch(window::sameAs));
	}

	public long getSiteId() {
		return this.siteId;
	}

	public boolean isWaiting() {
		return this.status == WaitlistStatus.WAITING;
	}

	public long getClientId() {
		return this.clientId;
	}

	public long getSessionTypeId() {
		return this.sessionTypeId;
	}

	public Long getTherapistId() {
		return this.therapistId;
	}

	public WaitlistStatus getStatus() {
		return this.status;
	}

	public String getNote() {
		return this.note;
	}

	public Long getBookingId() {
		return this.bookingId;
	}

	public List<WaitlistWindow> getWindows() {
		return Collections.unmodifiableList(this.windows);
	}

}
