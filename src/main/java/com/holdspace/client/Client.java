package com.holdspace.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;


import com.holdspace.shared.BaseEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A person the clinic sees. The record every other feature (intake, consent, bookings, sessions,
 * aftercare) hangs off. Clinical answers never live here.
 */
@Entity
@Table(name = "client")
public class Client extends BaseEntity {

	@Column(name = "creation_token", nullable = false, updatable = false)
	private UUID creationToken;

	@Column(name = "legal_name", nullable = false)
	private String legalName;

	@Column(name = "preferred_name")
	private String preferredName;

	private String pronouns;

	@Column(name = "date_of_birth", nullable = false)
	private LocalDate dateOfBirth;

	private String phone;

	private String email;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_contact", nullable = false)
	private ContactMethod preferredContact;

	@Column(name = "preferred_therapist_id")
	private Long preferredTherapistId;

	@Column(name = "front_desk_notes")
	private String frontDeskNotes;

	@ElementCollection
	@CollectionTable(name = "emergency_contact", joinColumns = @JoinColumn(name = "client_id"))
	@OrderColumn(name = "position")
	private List<EmergencyContact> emergencyContacts = new ArrayList<>();

	protected Client() {
	}

	Client(UUID creationToken, ClientDetails details) {
		this.creationToken = creationToken;
		update(details);
	}

	/** Replaces every editable field; the details have been validated by the caller. */
	void update(ClientDetails details) {
		if (details.emergencyContacts().isEmpty()) {
			throw new IllegalArgumentException("A client needs at least one emergency contact");
		}
		this.legalName = details.legalName();
		this.preferredName = details.preferredName();
		this.pronouns = details.pronouns();
		this.dateOfBirth = details.dateOfBirth();
		this.phone = details.phone();
		this.email = details.email();
		this.preferredContact = details.preferredContact();
		this.preferredTherapistId = details.preferredTherapistId();
		this.frontDeskNotes = details.frontDeskNotes();
		this.emergencyContacts.clear();
		this.emergencyContacts.addAll(details.emergencyContacts());
	}

	/** The name to greet the client by. */
	public String getCalledName() {
		return (this.preferredName != null) ? this.preferredName : this.legalName;
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public String getPreferredName() {
		return this.preferredName;
	}

	public String getPronouns() {
		return this.pronouns;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getEmail() {
		return this.email;
	}

	public ContactMethod getPreferredContact() {
		return this.preferredContact;
	}

	public Long getPreferredTherapistId() {
		return this.preferredTherapistId;
	}

	public String getFrontDeskNotes() {
		return this.frontDeskNotes;
	}

	public List<EmergencyContact> getEmergencyContacts() {
		return List.copyOf(this.emergencyContacts);
	}

}
