package com.holdspace.online;

import java.time.LocalDate;

/** What a new client tells the clinic when booking online, already checked by the form. */
/** With the person the clinic may call in an emergency, which every client record has. */
record NewClient(String name, String email, String phone, LocalDate dateOfBirth, String emergencyName,
		String emergencyRelationship, String emergencyPhone) {
}
