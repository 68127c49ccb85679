package com.holdspace.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

/**
 * Every staff, desk and admin form and query this suite knows, with a valid request to start from
 * and the fields a hostile value may replace. {@code {client}} and the like in an address are the
 * records made for the run; {@code {fuzz}} is itself replaced by a hostile value.
 */
final class BadInputTargets {

	/** Who sends it: the front desk, an admin, or the therapist in the session. */
	enum Who {

		DESK, ADMIN, THERAPIST

	}

	record Target(String name, HttpMethod method, String address, Who who, Map<String, String> base,
			List<String> fields, boolean intakeAutosave) {

		boolean fuzzesAddress() {
			return this.address.contains("{fuzz}");
		}

	}

	static final List<String> INTAKE_FIELDS = List.of("pressure", "therapistGender", "stopSignalKind",
			"checkInFrequency", "contraindicatingCondition", "surgeryDate", "recentSurgery", "ptsd",
			"wantsExperiencedTherapist", "emergencyContactsConfirmed", "goals", "stopConditions", "stopSignal",
			"surgeryWhat", "staffNotes", "contraindicatedRegions", "bodyMap[CHEST].state", "bodyMap[CHEST].note");

	private static final List<String> CLIENT_FIELDS = List.of("legalName", "preferredName", "pronouns",
			"dateOfBirth", "phone", "email", "preferredContact", "preferredTherapistId", "frontDeskNotes",
			"emergencyContacts[0].name", "emergencyContacts[0].relationship", "emergencyContacts[0].phone");

	private static final List<String> SESSION_NOTES = List.of("version", "tensionBefore", "arrival", "hadWater",
			"breathingOffered", "alcoholOrDrugsToday", "newFlashbacks", "harmThoughts", "groundingDone", "grounding",
			"tensionAfter", "minutesOver", "subjective", "objective", "assessment", "plan", "counsellingSuggested",
			"referral", "contactProvider", "suggestedFrequency");

	private BadInputTargets() {
	}

	static List<Target> all(String day) {
		return List.of(
				get("therapist's calendar", "/calendar/therapists/{therapist}", Who.DESK, Map.of(), "date", "view",
						"type"),
				get("room's calendar", "/calendar/rooms/{room}", Who.DESK, Map.of(), "date", "view"),
				get("calendar by site", "/calendar", Who.DESK, Map.of(), "site"),
				get("the clinic's day", "/calendar/day", Who.DESK, Map.of(), "site", "date", "type", "move"),
				get("a week in move mode", "/calendar/therapists/{therapist}", Who.DESK, Map.of("move", "{booking}"),
						"move", "date"),
				get("a move proposed", "/bookings/{booking}", Who.DESK, Map.of("date", day, "time", "11:00"), "date",
						"time", "therapistId", "roomId"),
				get("calendar of no one", "/calendar/therapists/{fuzz}", Who.DESK, Map.of()),
				get("booking form", "/bookings/new", Who.DESK, Map.of("clientId", "{client}"), "clientId",
						"therapistId", "roomId", "sessionTypeId", "date", "time", "site", "q"),
				post("booking", "/bookings", Who.DESK,
						Map.of("creationToken", "{token}", "clientId", "{client}", "sessionTypeId", "{type}",
								"therapistId", "{therapist}", "roomId", "{room}", "date", day, "time", "10:00"),
						"creationToken", "clientId", "sessionTypeId", "therapistId", "roomId", "date", "time", "site"),
				post("reschedule", "/bookings/{booking}/reschedule", Who.DESK,
						Map.of("version", "0", "therapistId", "{therapist}", "date", day, "time", "11:00"), "version",
						"therapistId", "roomId", "date", "time"),
				post("cancel", "/bookings/{booking}/cancel", Who.DESK, Map.of("version", "-1"), "version", "reason"),
				get("a booking by address", "/bookings/{fuzz}", Who.DESK, Map.of()),
				get("client search", "/clients", Who.DESK, Map.of(), "q"),
				post("new client", "/clients", Who.DESK, client("{token}"),
						with(CLIENT_FIELDS, "creationToken")),
				post("client edit", "/clients/{client}", Who.DESK, client(null), with(CLIENT_FIELDS, "version")),
				get("a client by address", "/clients/{fuzz}", Who.DESK, Map.of()),
				post("intake autosave", "/clients/{client}/intake/draft", Who.ADMIN, Map.of("overwrite", "true"),
						with(INTAKE_FIELDS, "draftVersion", "overwrite")),
				post("intake complete", "/clients/{otherClient}/intake/complete", Who.ADMIN,
						Map.of("completionToken", "{token}"), with(INTAKE_FIELDS, "completionToken", "draftVersion")),
				get("intake versions compared", "/clients/{client}/intake/compare", Who.ADMIN,
						Map.of("from", "1", "to", "1"), "from", "to"),
				post("produce the whole record", "/clients/{client}/record-exports", Who.ADMIN,
						Map.of("token", "{token}"), "token"),
				get("a copy of the whole record by address", "/clients/{client}/record-exports/{fuzz}", Who.ADMIN,
						Map.of()),
				post("release a copy of the whole record", "/clients/{client}/record-exports/{fuzz}/release", Who.ADMIN,
						Map.of("note", "Read through"), "note"),
				get("waitlist form", "/waitlist/new", Who.DESK, Map.of("clientId", "{client}"), "clientId"),
				post("waitlist", "/waitlist", Who.DESK,
						Map.of("creationToken", "{token}", "clientId", "{client}", "sessionTypeId", "{type}",
								"windows[0].dayOfWeek", "1", "windows[0].starts", "09:00", "windows[0].ends", "12:00"),
						"clientId", "sessionTypeId", "therapistId", "siteId", "windows[0].dayOfWeek",
						"windows[0].starts", "windows[0].ends", "note"),
				get("schedules", "/schedule", Who.DESK, Map.of(), "site"),
				post("working hours", "/schedule/therapists/{therapist}/hours", Who.ADMIN,
						Map.of("day", "MONDAY", "starts", "18:00", "ends", "19:00"), "day", "starts", "ends"),
				post("time off", "/schedule/therapists/{therapist}/time-off", Who.ADMIN,
						Map.of("firstDay", day, "lastDay", day, "reason", "Training"), "firstDay", "lastDay", "reason"),
				post("new room", "/admin/rooms", Who.ADMIN, Map.of("creationToken", "{token}", "name", "{name}"),
						"creationToken", "name", "siteId"),
				post("room edit", "/admin/rooms/{room}", Who.ADMIN, Map.of("version", "0", "name", "{name}"),
						"version", "name", "siteId"),
				post("room in use", "/admin/rooms/{room}/active", Who.ADMIN, Map.of("active", "true", "version", "-1"),
						"active", "version"),
				get("a room by address", "/admin/rooms/{fuzz}", Who.ADMIN, Map.of()),
				post("new staff", "/admin/staff", Who.ADMIN,
						Map.of("displayName", "Fuzz Staff", "email", "{email}", "role", "FRONT_DESK", "password",
								"correct horse battery staple", "siteId", "{site}"),
						"displayName", "email", "role", "password", "siteId"),
				post("staff site", "/admin/staff/{staff}/site", Who.ADMIN, Map.of("siteId", "{site}"), "siteId"),
				post("staff role", "/admin/staff/{staff}/role", Who.ADMIN, Map.of("role", "FRONT_DESK"), "role"),
				post("staff experience", "/admin/staff/{staff}/experience", Who.ADMIN, Map.of(), "experienced"),
				post("staff password", "/admin/staff/{staff}/password", Who.ADMIN, Map.of(), "newPassword"),
				post("new site", "/admin/sites", Who.ADMIN, Map.of("creationToken", "{token}", "name", "{name}"),
						"creationToken", "name"),
				post("site edit", "/admin/sites/{site}", Who.ADMIN, Map.of("version", "-1", "name", "{name}"),
						"version", "name"),
				post("site in use", "/admin/sites/{site}/active", Who.ADMIN, Map.of("active", "true", "version", "-1"),
						"active", "version"),
				post("new session type", "/admin/session-types", Who.ADMIN,
						Map.of("creationToken", "{token}", "name", "{name}", "durationMinutes", "60", "bufferMinutes",
								"15", "sortOrder", "50"),
						"creationToken", "name", "description", "durationMinutes", "bufferMinutes", "involvesTouch",
						"active", "sortOrder"),
				post("session type edit", "/admin/session-types/{ownType}", Who.ADMIN,
						Map.of("version", "-1", "name", "{name}", "durationMinutes", "60", "bufferMinutes", "15"),
						"version", "name", "description", "durationMinutes", "bufferMinutes", "involvesTouch", "active",
						"sortOrder"),
				post("clinic settings", "/admin/settings", Who.ADMIN,
						Map.of("version", "-1", "crisisContacts", "Samaritans 116 123"), "crisisContacts", "version",
						"contactLines", "consentRenewalMonths", "retentionAdultYears", "retentionMinorAge"),
				post("aftercare catalogue", "/admin/aftercare", Who.ADMIN,
						Map.of("creationToken", "{token}", "title", "{name}", "guidance", "Drink water"), "creationToken",
						"title", "guidance", "sortOrder"),
				get("audit log", "/admin/audit", Who.ADMIN, Map.of(), "user", "clientId", "action", "from", "to",
						"before"),
				get("audit export", "/admin/audit/export", Who.ADMIN, Map.of(), "user", "clientId", "action", "from",
						"to", "before"),
				post("session notes autosave", "/sessions/{session}/draft", Who.THERAPIST,
						Map.of("overwrite", "true"), SESSION_NOTES));
	}

	private static Map<String, String> client(String token) {
		Map<String, String> form = new LinkedHashMap<>(Map.of("legalName", "Fuzz Client", "dateOfBirth", "1980-01-01",
				"preferredContact", "PHONE", "phone", "+44 7700 900111", "emergencyContacts[0].name", "Kim",
				"emergencyContacts[0].relationship", "Sister", "emergencyContacts[0].phone", "+44 7700 900222"));
		if (token != null) {
			form.put("creationToken", token);
		}
		else {
			form.put("version", "0");
		}
		return form;
	}

	private static List<String> with(List<String> fields, String... more) {
		List<String> all = new ArrayList<>(fields);
		all.addAll(List.of(more));
		return all;
	}

	private static Target get(String name, String address, Who who, Map<String, String> base, String... fields) {
		return new Target(name, HttpMethod.GET, address, who, base, List.of(fields), false);
	}

	private static Target post(String name, String address, Who who, Map<String, String> base, String... fields) {
		return post(name, address, who, base, List.of(fields));
	}

	private static Target post(String name, String address, Who who, Map<String, String> base, List<String> fields) {
		return new Target(name, HttpMethod.POST, address, who, base, fields, "intake autosave".equals(name));
	}

}
