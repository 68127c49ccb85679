package com.holdspace.client;

import org.springframework.modulith.NamedInterface;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@NamedInterface("api")
@Embeddable
public class EmergencyContact {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String relationship;

	@Column(nullable = false)
	private String phone;

	protected EmergencyContact() {
	}

	public EmergencyContact(String name, String relationship, String phone) {
		this.name = name.strip();
		this.relationship = relationship.strip();
		this.phone = phone.strip();
	}

	public String getName() {
		return this.name;
	}

	public String getRelationship() {
		return this.relationship;
	}

	public String getPhone() {
		return this.phone;
	}

}
