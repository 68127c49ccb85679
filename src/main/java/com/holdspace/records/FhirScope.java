package com.holdspace.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Reference;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * What every resource of one client's export shares: their ids, the client's and the clinic's
 * references, and times written in the clinic's zone (a session at 16:00 reads 16:00+01:00 in summer,
 * as it was lived).
 */
final class FhirScope {

	static final String PATIENT = "Patient";

	static final String PRACTITIONER = "Practitioner";

	static final String ORGANIZATION = "Organization";

	private final FhirIds ids;

	private final TimeZone zone;

	private final long clientId;

	private final String clientName;

	FhirScope(FhirIds ids, ZoneId zone, long clientId, String clientName) {
		this.ids = ids;
		this.zone = TimeZone.getTimeZone(zone);
		this.clientId = clientId;
		this.clientName = clientName;
	}

	FhirIds ids() {
		return this.ids;
	}

	long clientId() {
		return this.clientId;
	}

	Reference patient() {
		return this.ids.reference(PATIENT, this.clientId, this.clientName);
	}

	Reference clinic() {
		return this.ids.reference(ORGANIZATION, "clinic");
	}

	/** A therapist (or any staff member) by account id, resolved to the Practitioner entry the export adds for them. */
	Reference practitioner(long accountId, String name) {
		return this.ids.reference(PRACTITIONER, accountId, name);
	}

	/** Someone known only by name (a clinician outside the clinic, a name kept as written). */
	static Reference named(String name) {
		return new Reference().setDisplay(name);
	}

	DateTimeType dateTime(Instant instant) {
		return (instant != null) ? new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, this.zone) : null;
	}

	static DateType date(LocalDate day) {
		return (day != null) ? new DateType(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth()) : null;
	}

	static CodeableConcept text(String text) {
		return new CodeableConcept().setText(text);
	}

	static CodeableConcept coded(String system, String code, String display) {
		return new CodeableConcept(new Coding(system, code, display)).setText(display);
	}

}
