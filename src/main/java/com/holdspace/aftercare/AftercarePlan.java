package com.holdspace.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

import com.holdspace.clinic.CrisisLine;
import com.holdspace.shared.BaseEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * What the client takes home from a session: suggestions from the catalogue, the therapist's own
 * words, a follow-up date, what to watch for and whom to call. Written at the end of the session,
 * then handed over; from then on it is the client's, and only their reading it is recorded.
 */
@Entity
@Audited
@AuditOverride(forClass = BaseEntity.class)
@Table(name = "aftercare_plan")
@DynamicUpdate
public class AftercarePlan extends BaseEntity {

	@Column(name = "client_id")
	private long clientId;

	@Column(name = "session_id")
	private long sessionId;

	@Column(name = "therapist_id")
	private long therapistId;

	@Column(name = "therapist_name")
	private String therapistName;

	@ElementCollection
	@CollectionTable(name = "aftercare_plan_item", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<PlanItem> items = new ArrayList<>();

	private String notes;

	@Column(name = "follow_up_on")
	private LocalDate followUpOn;

	@Column(name = "counselling_suggested")
	private boolean counsellingSuggested;

	private String referral;

	@Column(name = "watch_for")
	private String watchFor;

	@Column(name = "contact_lines")
	private String contactLines;

	@Column(name = "crisis_lines")
	private String crisisLines;

	@Column(name = "handed_over_at")
	private Instant handedOverAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Column(name = "follow_up_sent_at")
	private Instant followUpSentAt;

	protected AftercarePlan() {
	}

	AftercarePlan(long clientId, long sessionId, long therapistId, String therapistName) {
		this.clientId = clientId;
		this.sessionId = sessionId;
		this.therapistId = therapistId;
		this.therapistName = therapistName;
	}

	/** Keeps what the therapist chose and wrote; a plan already handed over is no longer theirs to change. */
	void write(List<AftercareItem> chosen, AftercarePlanForm form) {
		requireNotHandedOver();
		List<Long> before = this.items.stream().map(PlanItem::getItemId).toList();
		List<Long> after = chosen.stream().map(AftercareItem::getId).toList();
		if (!before.equals(after)) {
			this.items.clear();
			chosen.forEach(item -> this.items.add(new PlanItem(item)));
		}
		this.notes = form.getNotes();
		this.followUpOn = form.getFollowUpOn();
		this.counsellingSuggested = form.isCounsellingSuggested();
		this.referral = form.getReferral();
		this.watchFor = form.getWatchFor();
	}

	/** The client's from now on, with the clinic's lines as they stand today. */
	void handOver(String contactLines, String crisisLines, Instant at) {
		requireNotHandedOver();
		this.contactLines = contactLines;
		this.crisisLines = crisisLines;
		this.handedOverAt = at;
	}

	/** The client has read it (demo data; the portal records it with one conditional update). */
	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	void markFollowUpSent(Instant at) {
		if (this.followUpSentAt == null) {
			this.followUpSentAt = at;
		}
	}

	private void requireNotHandedOver() {
		if (isHandedOver()) {
			throw new PlanHandedOverException(getId());
		}
	}

	public boolean isHandedOver() {
		return this.handedOverAt != null;
	}

	/** Something to hand over: a suggestion, or the therapist's own words. */
	public boolean hasContent() {
		return !this.items.isEmpty() || (this.notes != null && !this.notes.isBlank());
	}

	public long getClientId() {
		return this.clientId;
	}

	public long getSessionId() {
		return this.sessionId;
	}

	public long getTherapistId() {
		return this.therapistId;
	}

	public String getTherapistName() {
		return this.therapistName;
	}

	public List<PlanItem> getItems() {
		return this.items;
	}

	public String getNotes() {
		return this.notes;
	}

	public LocalDate getFollowUpOn() {
		return this.followUpOn;
	}

	public boolean isCounsellingSuggested() {
		return this.counsellingSuggested;
	}

	public String getReferral() {
		return this.referral;
	}

	public String getWatchFor() {
		return this.watchFor;
	}

	public String getContactLines() {
		return this.contactLines;
	}

	public String getCrisisLines() {
		return this.crisisLines;
	}

	/** The crisis lines as handed over, a line each, each number a link to call or to text. */
	public List<CrisisLine> getCrisisLineLinks() {
		return CrisisLine.of(this.crisisLines);
	}

	public Instant getHandedOverAt() {
		return this.handedOverAt;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public Instant getFollowUpSentAt() {
		return this.followUpSentAt;
	}

}
