package com.holdspace.clinic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class ClinicSettingsForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String crisisContacts;

	private int version;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String contactLines;

	public String getContactLines() {
		return this.contactLines;
	}

	public void setContactLines(String contactLines) {
		this.contactLines = contactLines;
	}

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{settings.error.renewal}")
	@Max(value = 60, message = "{settings.error.renewal}")
	private Integer consentRenewalMonths;

	/** A week at most: further ahead than that, a change online frees time the desk can still fill. */
	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{settings.error.onlineNotice}")
	@Max(value = 168, message = "{settings.error.onlineNotice}")
	private Integer onlineChangeNoticeHours;

	/** Years after the last contact; a hundred covers any law's longest. */
	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{settings.error.retentionYears}")
	@Max(value = 100, message = "{settings.error.retentionYears}")
	private Integer retentionAdultYears;

	/** A birthday from coming of age to 30, the longest any rule for children's records asks. */
	@NotNull(message = "{validation.required}")
	@Min(value = 18, message = "{settings.error.retentionAge}")
	@Max(value = 30, message = "{settings.error.retentionAge}")
	private Integer retentionMinorAge;

	public Integer getRetentionAdultYears() {
		return this.retentionAdultYears;
	}

	public void setRetentionAdultYears(Integer retentionAdultYears) {
		this.retentionAdultYears = retentionAdultYears;
	}

	public Integer getRetentionMinorAge() {
		return this.retentionMinorAge;
	}

	public void setRetentionMinorAge(Integer retentionMinorAge) {
		this.retentionMinorAge = retentionMinorAge;
	}

	public Integer getOnlineChangeNoticeHours() {
		return this.onlineChangeNoticeHours;
	}

	public void setOnlineChangeNoticeHours(Integer onlineChangeNoticeHours) {
		this.onlineChangeNoticeHours = onlineChangeNoticeHours;
	}

	public Integer getConsentRenewalMonths() {
		return this.consentRenewalMonths;
	}

	public void setConsentRenewalMonths(Integer consentRenewalMonths) {
		this.consentRenewalMonths = consentRenewalMonths;
	}

	public String getCrisisContacts() {
		return this.crisisContacts;
	}

	public void setCrisisContacts(String crisisContacts) {
		this.crisisContacts = crisisContacts;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
