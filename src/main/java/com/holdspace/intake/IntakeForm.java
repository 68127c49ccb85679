package com.holdspace.intake;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Every answer of the SAFE intake, as typed. A draft is saved as it is, whatever is missing; the
 * annotations apply when the intake is completed. The same shape is stored as JSON for drafts and
 * versions, so an unknown property from an older version is ignored rather than fatal.
 */
@NamedInterface("api")
@JsonIgnoreProperties(ignoreUnknown = true)
public class IntakeForm {

	// Safety
	@AssertTrue(message = "{intake.error.contactsConfirmed}")
	private Boolean emergencyContactsConfirmed;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String safetyConcerns;

	@NotBlank(message = "{intake.error.inClientsWords}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String stopConditions;

	// Autonomy
	@NotNull(message = "{intake.error.choose}")
	private Pressure pressure;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String drapingPreferences;

	@NotNull(message = "{intake.error.choose}")
	private GenderPreference therapistGender;

	@NotNull(message = "{intake.error.choose}")
	private Boolean wantsExperiencedTherapist;

	// Frames
	@NotNull(message = "{intake.error.choose}")
	private StopSignalKind stopSignalKind;

	@NotBlank(message = "{intake.error.stopSignal}")
	@Size(max = 60, message = "{validation.tooLong}")
	private String stopSignal;

	@NotBlank(message = "{validation.required}")
	@Size(max = 60, message = "{validation.tooLong}")
	private String startSignal;

	@NotNull(message = "{intake.error.choose}")
	private CheckInFrequency checkInFrequency;

	@AssertTrue(message = "{intake.error.explained}")
	private Boolean sensationsExplained;

	// Education
	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String goals;

	@AssertTrue(message = "{intake.error.acknowledge}")
	private Boolean acknowledgesEmotionalResponses;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean hopesForRelease;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean hadReleaseBefore;

	// Triggers
	@Size(max = 2000, message = "{validation.tooLong}")
	private String triggersToAvoid;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String traumaOrInjuryAreas;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String sensitiveTopics;

	/** What steadies the client when feelings run high: a person, a practice, a place. */
	@Size(max = 2000, message = "{validation.tooLong}")
	private String stabilisingResources;

	// Screening
	@NotNull(message = "{intake.error.yesNo}")
	private Boolean ptsd;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean anxietyDisorder;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean depression;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean severeTrauma;

	@Size(max = 200, message = "{validation.tooLong}")
	private String providerName;

	@Size(max = 200, message = "{validation.tooLong}")
	private String providerContact;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean flashbacks;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean severeDissociation;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean suicidalThoughts;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean substanceUseToday;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean recentSurgery;

	@PastOrPresent(message = "{intake.error.surgeryFuture}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate surgeryDate;

	@Size(max = 300, message = "{validation.tooLong}")
	private String surgeryWhat;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String medicalConditions;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String medications;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean pregnant;

	@NotNull(message = "{intake.error.yesNo}")
	private Boolean uncontrolledSymptoms;

	@NotNull(message = "{intake.error.choose}")
	private Contraindication contraindicatingCondition;

	@Size(max = 500, message = "{validation.tooLong}")
	private String contraindicationDetail;

	/** Regions the condition rules out; they are avoided until the physician clears them. */
	private Set<BodyRegion> contraindicatedRegions = EnumSet.noneOf(BodyRegion.class);

	@Size(max = 2000, message = "{validation.tooLong}")
	private String anythingElse;

	// Staff
	@Size(max = 4000, message = "{validation.tooLong}")
	private String staffNotes;

	@Valid
	private Map<BodyRegion, RegionAnswer> bodyMap = new EnumMap<>(BodyRegion.class);

	public IntakeForm() {
		for (BodyRegion region : BodyRegion.values()) {
			this.bodyMap.put(region, new RegionAnswer());
		}
	}

	public Boolean getEmergencyContactsConfirmed() {
		return this.emergencyContactsConfirmed;
	}

	public void setEmergencyContactsConfirmed(Boolean emergencyContactsConfirmed) {
		this.emergencyContactsConfirmed = emergencyContactsConfirmed;
	}

	public String getSafetyConcerns() {
		return this.safetyConcerns;
	}

	public void setSafetyConcerns(String safetyConcerns) {
		this.safetyConcerns = safetyConcerns;
	}

	public String getStopConditions() {
		return this.stopConditions;
	}

	public void setStopConditions(String stopConditions) {
		this.stopConditions = stopConditions;
	}

	public Pressure getPressure() {
		return this.pressure;
	}

	public void setPressure(Pressure pressure) {
		this.pressure = pressure;
	}

	public String getDrapingPreferences() {
		return this.drapingPreferences;
	}

	public void setDrapingPreferences(String drapingPreferences) {
		this.drapingPreferences = drapingPreferences;
	}

	public GenderPreference getTherapistGender() {
		return this.therapistGender;
	}

	public void setTherapistGender(GenderPreference therapistGender) {
		this.therapistGender = therapistGender;
	}

	public Boolean getWantsExperiencedTherapist() {
		return this.wantsExperiencedTherapist;
	}

	public void setWantsExperiencedTherapist(Boolean wantsExperiencedTherapist) {
		this.wantsExperiencedTherapist = wantsExperiencedTherapist;
	}

	public StopSignalKind getStopSignalKind() {
		return this.stopSignalKind;
	}

	public void setStopSignalKind(StopSignalKind stopSignalKind) {
		this.stopSignalKind = stopSignalKind;
	}

	public String getStopSignal() {
		return this.stopSignal;
	}

	public void setStopSignal(String stopSignal) {
		this.stopSignal = stopSignal;
	}

	public String getStartSignal() {
		return this.startSignal;
	}

	public void setStartSignal(String startSignal) {
		this.startSignal = startSignal;
	}

	public CheckInFrequency getCheckInFrequency() {
		return this.checkInFrequency;
	}

	public void setCheckInFrequency(CheckInFrequency checkInFrequency) {
		this.checkInFrequency = checkInFrequency;
	}

	public Boolean getSensationsExplained() {
		return this.sensationsExplained;
	}

	public void setSensationsExplained(Boolean sensationsExplained) {
		this.sensationsExplained = sensationsExplained;
	}

	public String getGoals() {
		return this.goals;
	}

	public void setGoals(String goals) {
		this.goals = goals;
	}

	public Boolean getAcknowledgesEmotionalResponses() {
		return this.acknowledgesEmotionalResponses;
	}

	public void setAcknowledgesEmotionalResponses(Boolean acknowledgesEmotionalResponses) {
		this.acknowledgesEmotionalResponses = acknowledgesEmotionalResponses;
	}

	public Boolean getHopesForRelease() {
		return this.hopesForRelease;
	}

	public void setHopesForRelease(Boolean hopesForRelease) {
		this.hopesForRelease = hopesForRelease;
	}

	public Boolean getHadReleaseBefore() {
		return this.hadReleaseBefore;
	}

	public void setHadReleaseBefore(Boolean hadReleaseBefore) {
		this.hadReleaseBefore = hadReleaseBefore;
	}

	public String getTriggersToAvoid() {
		return this.triggersToAvoid;
	}

	public void setTriggersToAvoid(String triggersToAvoid) {
		this.triggersToAvoid = triggersToAvoid;
	}

	public String getTraumaOrInjuryAreas() {
		return this.traumaOrInjuryAreas;
	}

	public void setTraumaOrInjuryAreas(String traumaOrInjuryAreas) {
		this.traumaOrInjuryAreas = traumaOrInjuryAreas;
	}

	public String getStabilisingResources() {
		return this.stabilisingResources;
	}

	public void setStabilisingResources(String stabilisingResources) {
		this.stabilisingResources = stabilisingResources;
	}

	public String getSensitiveTopics() {
		return this.sensitiveTopics;
	}

	public void setSensitiveTopics(String sensitiveTopics) {
		this.sensitiveTopics = sensitiveTopics;
	}

	public Boolean getPtsd() {
		return this.ptsd;
	}

	public void setPtsd(Boolean ptsd) {
		this.ptsd = ptsd;
	}

	public Boolean getAnxietyDisorder() {
		return this.anxietyDisorder;
	}

	public void setAnxietyDisorder(Boolean anxietyDisorder) {
		this.anxietyDisorder = anxietyDisorder;
	}

	public Boolean getDepression() {
		return this.depression;
	}

	public void setDepression(Boolean depression) {
		this.depression = depression;
	}

	public Boolean getSevereTrauma() {
		return this.severeTrauma;
	}

	public void setSevereTrauma(Boolean severeTrauma) {
		this.severeTrauma = severeTrauma;
	}

	public String getProviderName() {
		return this.providerName;
	}

	public void setProviderName(String providerName) {
		this.providerName = providerName;
	}

	public String getProviderContact() {
		return this.providerContact;
	}

	public void setProviderContact(String providerContact) {
		this.providerContact = providerContact;
	}

	public Boolean getFlashbacks() {
		return this.flashbacks;
	}

	public void setFlashbacks(Boolean flashbacks) {
		this.flashbacks = flashbacks;
	}

	public Boolean getSevereDissociation() {
		return this.severeDissociation;
	}

	public void setSevereDissociation(Boolean severeDissociation) {
		this.severeDissociation = severeDissociation;
	}

	public Boolean getSuicidalThoughts() {
		return this.suicidalThoughts;
	}

	public void setSuicidalThoughts(Boolean suicidalThoughts) {
		this.suicidalThoughts = suicidalThoughts;
	}

	public Boolean getSubstanceUseToday() {
		return this.substanceUseToday;
	}

	public void setSubstanceUseToday(Boolean substanceUseToday) {
		this.substanceUseToday = substanceUseToday;
	}

	public Boolean getRecentSurgery() {
		return this.recentSurgery;
	}

	public void setRecentSurgery(Boolean recentSurgery) {
		this.recentSurgery = recentSurgery;
	}

	public LocalDate getSurgeryDate() {
		return this.surgeryDate;
	}

	public void setSurgeryDate(LocalDate surgeryDate) {
		this.surgeryDate = surgeryDate;
	}

	public String getSurgeryWhat() {
		return this.surgeryWhat;
	}

	public void setSurgeryWhat(String surgeryWhat) {
		this.surgeryWhat = surgeryWhat;
	}

	public String getMedicalConditions() {
		return this.medicalConditions;
	}

	public void setMedicalConditions(String medicalConditions) {
		this.medicalConditions = medicalConditions;
	}

	public String getMedications() {
		return this.medications;
	}

	public void setMedications(String medications) {
		this.medications = medications;
	}

	public Boolean getPregnant() {
		return this.pregnant;
	}

	public void setPregnant(Boolean pregnant) {
		this.pregnant = pregnant;
	}

	public Boolean getUncontrolledSymptoms() {
		return this.uncontrolledSymptoms;
	}

	public void setUncontrolledSymptoms(Boolean uncontrolledSymptoms) {
		this.uncontrolledSymptoms = uncontrolledSymptoms;
	}

	public Contraindication getContraindicatingCondition() {
		return this.contraindicatingCondition;
	}

	public void setContraindicatingCondition(Contraindication contraindicatingCondition) {
		this.contraindicatingCondition = contraindicatingCondition;
	}

	public Set<BodyRegion> getContraindicatedRegions() {
		return this.contraindicatedRegions;
	}

	public void setContraindicatedRegions(Set<BodyRegion> regions) {
		this.contraindicatedRegions = (regions == null || regions.isEmpty()) ? EnumSet.noneOf(BodyRegion.class)
				: EnumSet.copyOf(regions);
	}

	public String getContraindicationDetail() {
		return this.contraindicationDetail;
	}

	public void setContraindicationDetail(String contraindicationDetail) {
		this.contraindicationDetail = contraindicationDetail;
	}

	public String getAnythingElse() {
		return this.anythingElse;
	}

	public void setAnythingElse(String anythingElse) {
		this.anythingElse = anythingElse;
	}

	public String getStaffNotes() {
		return this.staffNotes;
	}

	public void setStaffNotes(String staffNotes) {
		this.staffNotes = staffNotes;
	}

	/** Regions marked "with care" or "avoid", in map order. */
	public java.util.List<BodyRegion> markedRegions() {
		return this.bodyMap.entrySet()
			.stream()
			.filter(entry -> entry.getValue().getState() != RegionState.OK)
			.map(Map.Entry::getKey)
			.toList();
	}

	public Map<BodyRegion, RegionAnswer> getBodyMap() {
		return this.bodyMap;
	}

	public void setBodyMap(Map<BodyRegion, RegionAnswer> bodyMap) {
		var complete = new EnumMap<BodyRegion, RegionAnswer>(BodyRegion.class);
		for (BodyRegion region : BodyRegion.values()) {
			var answer = (bodyMap != null) ? bodyMap.get(region) : null;
			complete.put(region, (answer != null) ? answer : new RegionAnswer());
		}
		this.bodyMap = complete;
	}

}
