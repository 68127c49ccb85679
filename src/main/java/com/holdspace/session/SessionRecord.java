package com.holdspace.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

import com.holdspace.shared.BaseEntity;
import com.holdspace.shared.Refused;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A therapist's record of one session: the check-in, the notes after it and the signature. What
 * happened during the session is kept as {@link SessionEntry} rows beside it. Once signed the
 * record never changes (PostgreSQL refuses it too); an amendment is added instead.
 */
@Entity
@Audited
@AuditOverride(forClass = BaseEntity.class)
@Table(name = "session_record")
@DynamicUpdate
public class SessionRecord extends BaseEntity {

	@Column(name = "client_id")
	private long clientId;

	@Column(name = "booking_id")
	private Long bookingId;

	@Column(name = "therapist_id")
	private long therapistId;

	@Column(name = "therapist_name")
	private String therapistName;

	@Column(name = "creation_token")
	private UUID creationToken;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "booked_minutes")
	private Integer bookedMinutes;

	@Column(name = "consent_reconfirmed_at")
	private Instant consentReconfirmedAt;

	@Column(name = "tension_before")
	private Integer tensionBefore;

	@Convert(converter = SessionRecordText.class)
	private String arrival;

	@Column(name = "had_water")
	private Boolean hadWater;

	@Column(name = "breathing_offered")
	private Boolean breathingOffered;

	@Column(name = "alcohol_or_drugs_today")
	private Boolean alcoholOrDrugsToday;

	@Column(name = "new_flashbacks")
	private Boolean newFlashbacks;

	@Column(name = "harm_thoughts")
	private Boolean harmThoughts;

	@Column(name = "checked_in_at")
	private Instant checkedInAt;

	@Column(name = "grounding_done")
	private Boolean groundingDone;

	@Convert(converter = SessionRecordText.class)
	private String grounding;

	@Column(name = "tension_after")
	private Integer tensionAfter;

	@Column(name = "minutes_over")
	private Integer minutesOver;

	@Convert(converter = SessionRecordText.class)
	private String subjective;

	@Convert(converter = SessionRecordText.class)
	private String objective;

	@Convert(converter = SessionRecordText.class)
	private String assessment;

	@Convert(converter = SessionRecordText.class)
	private String plan;

	@Column(name = "counselling_suggested")
	private boolean counsellingSuggested;

	@Convert(converter = SessionRecordText.class)
	private String referral;

	@Column(name = "contact_provider")
	private boolean contactProvider;

	@Column(name = "provider_check_in_on")
	private java.time.LocalDate providerCheckInOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "suggested_frequency")
	private VisitFrequency suggestedFrequency;

	@Column(name = "notes_saved_by_name")
	private String notesSavedByName;

	@Column(name = "signed_at")
	private Instant signedAt;

	@Column(name = "signed_by")
	private Long signedBy;

	@Column(name = "signed_by_name")
	private String signedByName;

	protected SessionRecord() {
	}

	SessionRecord(UUID creationToken, long clientId, Long bookingId, long therapistId, String therapistName,
			Instant startedAt, Integer bookedMinutes) {
		this.creationToken = creationToken;
		this.clientId = clientId;
		this.bookingId = bookingId;
		this.therapistId = therapistId;
		this.therapistName = therapistName;
		this.startedAt = startedAt;
		this.bookedMinutes = bookedMinutes;
	}

	/** The part of the record being written: the check-in until it is done, then the notes. */
	public enum Phase {

		CHECK_IN, NOTES

	}

	public Phase phase() {
		return isCheckedIn() ? Phase.NOTES : Phase.CHECK_IN;
	}

	/**
	 * Keeps what was typed so far, in the part being written. The check-in answers are fixed once the
	 * check-in is done; a page still showing the check-in is refused rather than blanking the notes.
	 */
	void write(Phase writing, CheckInAnswers checkIn, SessionNotes notes, String byName) {
		requireUnsigned();
		if (writing != phase()) {
			throw new PhaseChangedException(getId());
		}
		if (!isCheckedIn()) {
			this.tensionBefore = checkIn.tensionBefore();
			this.arrival = checkIn.arrival();
			this.hadWater = checkIn.hadWater();
			this.breathingOffered = checkIn.breathingOffered();
			this.alcoholOrDrugsToday = checkIn.alcoholOrDrugsToday();
			this.newFlashbacks = checkIn.newFlashbacks();
			this.harmThoughts = checkIn.harmThoughts();
		}
		else {
			this.groundingDone = notes.groundingDone();
			this.grounding = notes.grounding();
			this.tensionAfter = notes.tensionAfter();
			this.minutesOver = notes.minutesOver();
			this.subjective = notes.subjective();
			this.objective = notes.objective();
			this.assessment = notes.assessment();
			this.plan = notes.plan();
			this.counsellingSuggested = notes.counsellingSuggested();
			this.referral = notes.referral();
			this.contactProvider = notes.contactProvider();
			this.providerCheckInOn = notes.providerCheckInOn();
			this.suggestedFrequency = notes.suggestedFrequency();
		}
		this.notesSavedByName = byName;
	}

	/** What other modules may know of this record. */
	public SessionView view() {
		return new SessionView(getId(), this.clientId, this.therapistId, this.therapistName, isCheckedIn(), isSigned(),
				this.counsellingSuggested, this.referral);
	}

	/** The notes as they are saved now. */
	SessionNotes notes() {
		return new SessionNotes(this.groundingDone, this.grounding, this.tensionAfter, this.minutesOver,
				this.subjective, this.objective, this.assessment, this.plan, this.counsellingSuggested, this.referral,
				this.contactProvider, this.providerCheckInOn, this.suggestedFrequency);
	}

	/** The client said again, today, yes to touch, their stop signal and the areas to avoid. */
	void reconfirmConsent(Instant at) {
		requireUnsigned();
		if (this.consentReconfirmedAt == null) {
			this.consentReconfirmedAt = at;
		}
	}

	void completeCheckIn(Instant at) {
		requireUnsigned();
		if (this.checkedInAt == null) {
			this.checkedInAt = at;
		}
	}

	/**
	 * Signs the record as it is saved, or refuses with everything still missing: the check-in, and
	 * whatever the notes lack (see {@link SessionNotes#missingToSign}).
	 */
	void sign(long byAccount, String byName, Instant at, java.time.LocalDate today) {
		requireUnsigned();
		List<Refused.Reason> missing = new ArrayList<>();
		if (!isCheckedIn()) {
			missing.add(new Refused.Reason(null, "session.refused.checkInFirst"));
		}
		missing.addAll(notes().missingToSign(today));
		if (!missing.isEmpty()) {
			throw Refused.forReasons(missing);
		}
		this.signedBy = byAccount;
		this.signedByName = byName;
		this.signedAt = at;
	}

	private void requireUnsigned() {
		if (isSigned()) {
			throw new SessionLockedException(getId());
		}
	}

	public boolean isSigned() {
		return this.signedAt != null;
	}

	public boolean isCheckedIn() {
		return this.checkedInAt != null;
	}

	public boolean isConsentReconfirmed() {
		return this.consentReconfirmedAt != null;
	}

	/** Whether the client said yes, at check-in, to alcohol or other drugs today. */
	public boolean isDeepWorkRuledOutToday() {
		return Boolean.TRUE.equals(this.alcoholOrDrugsToday);
	}

	public long getClientId() {
		return this.clientId;
	}

	public Long getBookingId() {
		return this.bookingId;
	}

	public long getTherapistId() {
		return this.therapistId;
	}

	public String getTherapistName() {
		return this.therapistName;
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Integer getBookedMinutes() {
		return this.bookedMinutes;
	}

	public Instant getConsentReconfirmedAt() {
		return this.consentReconfirmedAt;
	}

	public Integer getTensionBefore() {
		return this.tensionBefore;
	}

	public String getArrival() {
		return this.arrival;
	}

	public Boolean getHadWater() {
		return this.hadWater;
	}

	public Boolean getBreathingOffered() {
		return this.breathingOffered;
	}

	public Boolean getAlcoholOrDrugsToday() {
		return this.alcoholOrDrugsToday;
	}

	public Boolean getNewFlashbacks() {
		return this.newFlashbacks;
	}

	public Boolean getHarmThoughts() {
		return this.harmThoughts;
	}

	public Instant getCheckedInAt() {
		return this.checkedInAt;
	}

	public Boolean getGroundingDone() {
		return this.groundingDone;
	}

	public String getGrounding() {
		return this.grounding;
	}

	public Integer getTensionAfter() {
		return this.tensionAfter;
	}

	/** The day the therapist checks in with the client's provider, when they are to contact them. */
	public java.time.LocalDate getProviderCheckInOn() {
		return this.providerCheckInOn;
	}

	public Integer getMinutesOver() {
		return this.minutesOver;
	}

	public String getSubjective() {
		return this.subjective;
	}

	public String getObjective() {
		return this.objective;
	}

	public String getAssessment() {
		return this.assessment;
	}

	public String getPlan() {
		return this.plan;
	}

	public boolean isCounsellingSuggested() {
		return this.counsellingSuggested;
	}

	public String getReferral() {
		return this.referral;
	}

	public boolean isContactProvider() {
		return this.contactProvider;
	}

	public VisitFrequency getSuggestedFrequency() {
		return this.suggestedFrequency;
	}

	public String getNotesSavedByName() {
		return this.notesSavedByName;
	}

	public Instant getSignedAt() {
		return this.signedAt;
	}

	public String getSignedByName() {
		return this.signedByName;
	}

}
