package com.holdspace.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the therapist types into a record: the check-in, then the notes at the end. Lengths and
 * ranges apply to every save; {@link CheckIn} says what the check-in needs to be done, and
 * {@link Sign} asks for the deliberate tick. What the notes need before signing is the record's
 * own rule ({@link SessionNotes#missingToSign}), not the form's.
 */
public class SessionNotesForm {

	/** What the check-in needs before the session goes on. */
	public interface CheckIn {

	}

	/** The deliberate confirmation a signature needs on the page. */
	public interface Sign {

	}

	private Integer version;

	/** Which part of the record the page was writing: a stale check-in form never writes over the notes. */
	private SessionRecord.Phase phase;

	@NotNull(groups = CheckIn.class, message = "{session.error.tension}")
	@Min(value = 0, message = "{session.error.tensionRange}")
	@Max(value = 10, message = "{session.error.tensionRange}")
	private Integer tensionBefore;

	@NotBlank(groups = CheckIn.class, message = "{session.error.arrival}")
	@Size(max = 1000, message = "{validation.tooLong}")
	private String arrival;

	@NotNull(groups = CheckIn.class, message = "{session.error.yesNo}")
	private Boolean hadWater;

	@NotNull(groups = CheckIn.class, message = "{session.error.breathing}")
	private Boolean breathingOffered;

	@NotNull(groups = CheckIn.class, message = "{session.error.yesNo}")
	private Boolean alcoholOrDrugsToday;

	@NotNull(groups = CheckIn.class, message = "{session.error.yesNo}")
	private Boolean newFlashbacks;

	@NotNull(groups = CheckIn.class, message = "{session.error.yesNo}")
	private Boolean harmThoughts;

	private Boolean groundingDone;

	@Size(max = 500, message = "{validation.tooLong}")
	private String grounding;

	@Min(value = 0, message = "{session.error.tensionRange}")
	@Max(value = 10, message = "{session.error.tensionRange}")
	private Integer tensionAfter;

	@Min(value = 0, message = "{session.error.minutesOver}")
	@Max(value = 240, message = "{session.error.minutesOver}")
	private Integer minutesOver;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String subjective;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String objective;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String assessment;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String plan;

	private boolean counsellingSuggested;

	@Size(max = 500, message = "{validation.tooLong}")
	private String referral;

	private boolean contactProvider;

	/** When to check in with the client's provider, if the therapist is to contact them. */
	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private java.time.LocalDate providerCheckInOn;

	private VisitFrequency suggestedFrequency;

	/** The words the therapist uses to confirm the signature; the page asks for a deliberate tick. */
	@jakarta.validation.constraints.AssertTrue(groups = Sign.class, message = "{session.error.confirmSign}")
	private boolean confirmSign;

	CheckInAnswers checkIn() {
		return new CheckInAnswers(this.tensionBefore, this.arrival, this.hadWater, this.breathingOffered,
				this.alcoholOrDrugsToday, this.newFlashbacks, this.harmThoughts);
	}

	SessionNotes notes() {
		return new SessionNotes(this.groundingDone, this.grounding, this.tensionAfter, this.minutesOver,
				this.subjective, this.objective, this.assessment, this.plan, this.counsellingSuggested, this.referral,
				this.contactProvider, this.providerCheckInOn, this.suggestedFrequency);
	}

	static SessionNotesForm of(SessionRecord record) {
		var form = new SessionNotesForm();
		form.version = record.getVersion();
		form.phase = record.phase();
		form.tensionBefore = record.getTensionBefore();
		form.arrival = record.getArrival();
		form.hadWater = record.getHadWater();
		form.breathingOffered = record.getBreathingOffered();
		form.alcoholOrDrugsToday = record.getAlcoholOrDrugsToday();
		form.newFlashbacks = record.getNewFlashbacks();
		form.harmThoughts = record.getHarmThoughts();
		form.groundingDone = record.getGroundingDone();
		form.grounding = record.getGrounding();
		form.tensionAfter = record.getTensionAfter();
		form.minutesOver = record.getMinutesOver();
		form.subjective = record.getSubjective();
		form.objective = record.getObjective();
		form.assessment = record.getAssessment();
		form.plan = record.getPlan();
		form.counsellingSuggested = record.isCounsellingSuggested();
		form.referral = record.getReferral();
		form.contactProvider = record.isContactProvider();
		form.providerCheckInOn = record.getProviderCheckInOn();
		form.suggestedFrequency = record.getSuggestedFrequency();
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public SessionRecord.Phase getPhase() {
		return this.phase;
	}

	public void setPhase(SessionRecord.Phase phase) {
		this.phase = phase;
	}

	public Integer getTensionBefore() {
		return this.tensionBefore;
	}

	public void setTensionBefore(Integer tensionBefore) {
		this.tensionBefore = tensionBefore;
	}

	public String getArrival() {
		return this.arrival;
	}

	public void setArrival(String arrival) {
		this.arrival = arrival;
	}

	public Boolean getHadWater() {
		return this.hadWater;
	}

	public void setHadWater(Boolean hadWater) {
		this.hadWater = hadWater;
	}

	public Boolean getBreathingOffered() {
		return this.breathingOffered;
	}

	public void setBreathingOffered(Boolean breathingOffered) {
		this.breathingOffered = breathingOffered;
	}

	public Boolean getAlcoholOrDrugsToday() {
		return this.alcoholOrDrugsToday;
	}

	public void setAlcoholOrDrugsToday(Boolean alcoholOrDrugsToday) {
		this.alcoholOrDrugsToday = alcoholOrDrugsToday;
	}

	public Boolean getNewFlashbacks() {
		return this.newFlashbacks;
	}

	public void setNewFlashbacks(Boolean newFlashbacks) {
		this.newFlashbacks = newFlashbacks;
	}

	public Boolean getHarmThoughts() {
		return this.harmThoughts;
	}

	public void setHarmThoughts(Boolean harmThoughts) {
		this.harmThoughts = harmThoughts;
	}

	public Boolean getGroundingDone() {
		return this.groundingDone;
	}

	public void setGroundingDone(Boolean groundingDone) {
		this.groundingDone = groundingDone;
	}

	public String getGrounding() {
		return this.grounding;
	}

	public void setGrounding(String grounding) {
		this.grounding = grounding;
	}

	public Integer getTensionAfter() {
		return this.tensionAfter;
	}

	public void setTensionAfter(Integer tensionAfter) {
		this.tensionAfter = tensionAfter;
	}

	public Integer getMinutesOver() {
		return this.minutesOver;
	}

	public void setMinutesOver(Integer minutesOver) {
		this.minutesOver = minutesOver;
	}

	public String getSubjective() {
		return this.subjective;
	}

	public void setSubjective(String subjective) {
		this.subjective = subjective;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public String getAssessment() {
		return this.assessment;
	}

	public void setAssessment(String assessment) {
		this.assessment = assessment;
	}

	public String getPlan() {
		return this.plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

	public boolean isCounsellingSuggested() {
		return this.counsellingSuggested;
	}

	public void setCounsellingSuggested(boolean counsellingSuggested) {
		this.counsellingSuggested = counsellingSuggested;
	}

	public String getReferral() {
		return this.referral;
	}

	public void setReferral(String referral) {
		this.referral = referral;
	}

	public java.time.LocalDate getProviderCheckInOn() {
		return this.providerCheckInOn;
	}

	public void setProviderCheckInOn(java.time.LocalDate providerCheckInOn) {
		this.providerCheckInOn = providerCheckInOn;
	}

	public boolean isContactProvider() {
		return this.contactProvider;
	}

	public void setContactProvider(boolean contactProvider) {
		this.contactProvider = contactProvider;
	}

	public VisitFrequency getSuggestedFrequency() {
		return this.suggestedFrequency;
	}

	public void setSuggestedFrequency(VisitFrequency suggestedFrequency) {
		this.suggestedFrequency = suggestedFrequency;
	}

	public boolean isConfirmSign() {
		return this.confirmSign;
	}

	public void setConfirmSign(boolean confirmSign) {
		this.confirmSign = confirmSign;
	}

}
