package com.holdspace.client;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/** The editable facts of a client, already trimmed and validated. */
@NamedInterface("api")
public record ClientDetails(String legalName, String preferredName, String pronouns, LocalDate dateOfBirth, String phone,
		String email, ContactMethod preferredContact, Long preferredTherapistId, String frontDeskNotes,
		List<EmergencyContact> emergencyContacts) {
}
