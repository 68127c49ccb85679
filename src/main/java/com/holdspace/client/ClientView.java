package com.holdspace.client;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A client as other modules see them: who they are, how to reach them and whom to call in an
 * emergency. A copy, read in one go; the desk's own notes and the row's version stay in here.
 */
@NamedInterface("api")
public record ClientView(long id, String legalName, String preferredName, String pronouns, LocalDate dateOfBirth,
		String phone, String email, ContactMethod preferredContact, Long preferredTherapistId,
		List<EmergencyContact> emergencyContacts) {

	public ClientView {
		emergencyContacts = List.copyOf(emergencyContacts);
	}

	static ClientView of(Client client) {
		return new ClientView(client.getId(), client.getLegalName(), client.getPreferredName(), client.getPronouns(),
				client.getDateOfBirth(), client.getPhone(), client.getEmail(), client.getPreferredContact(),
				client.getPreferredTherapistId(), client.getEmergencyContacts());
	}

	/** The name to greet the client by. */
	public String calledName() {
		return (this.preferredName != null) ? this.preferredName : this.legalName;
	}

}
