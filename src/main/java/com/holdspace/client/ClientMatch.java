package com.holdspace.client;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** One row of a client search: enough to tell two people with one name apart, nothing more. */
@NamedInterface("api")
public record ClientMatch(long id, String legalName, String preferredName, String pronouns, LocalDate dateOfBirth,
		String phone, String email) {

	static ClientMatch of(Client client) {
		return new ClientMatch(client.getId(), client.getLegalName(), client.getPreferredName(), client.getPronouns(),
				client.getDateOfBirth(), client.getPhone(), client.getEmail());
	}

	/** The name to greet the client by. */
	public String calledName() {
		return (this.preferredName != null) ? this.preferredName : this.legalName;
	}

}
