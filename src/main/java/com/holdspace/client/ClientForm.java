package com.holdspace.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The client form as typed. Rules that span fields live in {@link ClientFormValidator}. The
 * creation token makes a double-tapped "Save" create one client; the version makes a stale edit
 * fail instead of overwriting someone else's.
 */
public class ClientForm {

	static final String PHONE_PATTERN = "^\\+?[0-9 ().-]{6,25}$";

	/**
	 * The database's {@code client_email_format} check, so an address accepted here is never
	 * refused there; {@code (?U)} makes {@code \s} every Unicode space, as {@code [:space:]} is.
	 */
	static final String EMAIL_PATTERN = "(?U)^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	/** Rows shown for emergency contacts; the first must be filled in. */
	static final int CONTACT_ROWS = 2;

	private UUID creationToken = UUID.randomUUID();

	private Integer version;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String legalName;

	@Size(max = 100, message = "{validation.tooLong}")
	private String preferredName;

	@Size(max = 40, message = "{validation.tooLong}")
	private String pronouns;

	@NotNull(message = "{validation.required}")
	@PastOrPresent(message = "{client.error.birthInFuture}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateOfBirth;

	@Pattern(regexp = PHONE_PATTERN, message = "{validation.phone}")
	private String phone;

	@Email(regexp = EMAIL_PATTERN, message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@NotNull(message = "{validation.required}")
	private ContactMethod preferredContact;

	private Long preferredTherapistId;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String frontDeskNotes;

	@Valid
	private List<EmergencyContactForm> emergencyContacts = new ArrayList<>();

	public ClientForm() {
		padContactRows();
	}

	static ClientForm from(Client client) {
		var form = new ClientForm();
		form.creationToken = client.getCreationToken();
		form.version = client.getVersion();
		form.legalName = client.getLegalName();
		form.preferredName = client.getPreferredName();
		form.pronouns = client.getPronouns();
		form.dateOfBirth = client.getDateOfBirth();
		form.phone = client.getPhone();
		form.email = client.getEmail();
		form.preferredContact = client.getPreferredContact();
		form.preferredTherapistId = client.getPreferredTherapistId();
		form.frontDeskNotes = client.getFrontDeskNotes();
		form.emergencyContacts = new ArrayList<>(client.getEmergencyContacts().stream().map(EmergencyContactForm::new).toList());
		form.padContactRows();
		return form;
	}

	/** Keeps a blank row on screen so that another contact can be added without script. */
	void padContactRows() {
		while (this.emergencyContacts.size() < CONTACT_ROWS
				|| this.emergencyContacts.stream().noneMatch(EmergencyContactForm::isBlank)
						&& this.emergencyContacts.size() < 5) {
			this.emergencyContacts.add(new EmergencyContactForm());
		}
	}

	ClientDetails toDetails() {
		var contacts = this.emergencyContacts.stream()
			.filter(EmergencyContactForm::isComplete)
			.map(EmergencyContactForm::toContact)
			.toList();
		return new ClientDetails(this.legalName.strip(), this.preferredName, this.pronouns, this.dateOfBirth,
				this.phone, (this.email != null) ? this.email.strip() : null, this.preferredContact,
				this.preferredTherapistId, this.frontDeskNotes, contacts);
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getPreferredName() {
		return this.preferredName;
	}

	public void setPreferredName(String preferredName) {
		this.preferredName = preferredName;
	}

	public String getPronouns() {
		return this.pronouns;
	}

	public void setPronouns(String pronouns) {
		this.pronouns = pronouns;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public ContactMethod getPreferredContact() {
		return this.preferredContact;
	}

	public void setPreferredContact(ContactMethod preferredContact) {
		this.preferredContact = preferredContact;
	}

	public Long getPreferredTherapistId() {
		return this.preferredTherapistId;
	}

	public void setPreferredTherapistId(Long preferredTherapistId) {
		this.preferredTherapistId = preferredTherapistId;
	}

	public String getFrontDeskNotes() {
		return this.frontDeskNotes;
	}

	public void setFrontDeskNotes(String frontDeskNotes) {
		this.frontDeskNotes = frontDeskNotes;
	}

	public List<EmergencyContactForm> getEmergencyContacts() {
		return this.emergencyContacts;
	}

	public void setEmergencyContacts(List<EmergencyContactForm> emergencyContacts) {
		this.emergencyContacts = emergencyContacts;
	}

}
