package com.holdspace.online;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new client's details for the time they chose. {@code website} is left empty by people (it is
 * hidden from them) and filled in by simple programs; {@code shownAt} tells a form typed by a person
 * from one sent back at once.
 */
class NewClientForm {

	private UUID creationToken = UUID.randomUUID();

	@NotNull
	private Long type;

	@NotNull
	private Long therapist;

	@NotNull
	private Instant start;

	private Long site;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@Email(regexp = "(?U)^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "^\\+?[0-9 ().-]{6,25}$", message = "{validation.phone}")
	private String phone;

	@NotNull(message = "{validation.required}")
	@Past(message = "{client.error.birthInFuture}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateOfBirth;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String emergencyName;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String emergencyRelationship;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "^\\+?[0-9 ().-]{6,25}$", message = "{validation.phone}")
	private String emergencyPhone;

	private String website;

	private long shownAt;

	NewClient person() {
		return new NewClient(this.name.strip(), this.email.strip(), this.phone.strip(), this.dateOfBirth,
				this.emergencyName.strip(), this.emergencyRelationship.strip(), this.emergencyPhone.strip());
	}

	/** Filled in where no person could see it, or sent back faster than anyone types. */
	boolean looksAutomated(Instant now, java.time.Duration minimumFillTime) {
		boolean trapFilled = this.website != null && !this.website.isBlank();
		Instant shown = Instant.ofEpochMilli(this.shownAt);
		// a form without the moment it was shown, or shown in the future, was not filled in from the page
		boolean unshown = this.shownAt <= 0 || shown.isAfter(now);
		return trapFilled || unshown || now.isBefore(shown.plus(minimumFillTime));
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public Long getType() {
		return this.type;
	}

	public void setType(Long type) {
		this.type = type;
	}

	public Long getTherapist() {
		return this.therapist;
	}

	public void setTherapist(Long therapist) {
		this.therapist = therapist;
	}

	public Instant getStart() {
		return this.start;
	}

	public void setStart(Instant start) {
		this.start = start;
	}

	public Long getSite() {
		return this.site;
	}

	public void setSite(Long site) {
		this.site = site;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getEmergencyName() {
		return this.emergencyName;
	}

	public void setEmergencyName(String emergencyName) {
		this.emergencyName = emergencyName;
	}

	public String getEmergencyRelationship() {
		return this.emergencyRelationship;
	}

	public void setEmergencyRelationship(String emergencyRelationship) {
		this.emergencyRelationship = emergencyRelationship;
	}

	public String getEmergencyPhone() {
		return this.emergencyPhone;
	}

	public void setEmergencyPhone(String emergencyPhone) {
		this.emergencyPhone = emergencyPhone;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public long getShownAt() {
		return this.shownAt;
	}

	public void setShownAt(long shownAt) {
		this.shownAt = shownAt;
	}

}
