package com.holdspace.records;

import java.time.Instant;
import java.util.Date;

import org.hl7.fhir.r4.model.Appointment;

import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingView;

/** A booking as an {@code Appointment}: who, when, what kind of session, and how it went. */
final class FhirAppointments {

	private final FhirScope scope;

	FhirAppointments(FhirScope scope) {
		this.scope = scope;
	}

	Appointment appointment(BookingView booking, Instant now) {
		Appointment appointment = this.scope.ids().identify(new Appointment(), booking.id());
		appointment.addIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + booking.calendarUid());
		appointment.setStatus(status(booking.status(), booking.endsAt(), now));
		appointment.addServiceType(FhirScope.text(booking.sessionTypeName()));
		appointment.setStart(Date.from(booking.startsAt()));
		appointment.setEnd(Date.from(booking.endsAt()));
		appointment.setMinutesDuration((int) java.time.Duration.between(booking.startsAt(), booking.endsAt()).toMinutes());
		if (booking.isCancelled() && booking.cancelReason() != null) {
			appointment.setCancelationReason(FhirScope.text(booking.cancelReason()));
		}
		appointment.addParticipant()
			.setActor(this.scope.patient())
			.setRequired(Appointment.ParticipantRequired.REQUIRED)
			.setStatus(Appointment.ParticipationStatus.ACCEPTED);
		appointment.addParticipant()
			.setActor(this.scope.practitioner(booking.therapistId(), booking.therapistName()))
			.setRequired(Appointment.ParticipantRequired.REQUIRED)
			.setStatus(Appointment.ParticipationStatus.ACCEPTED);
		if (booking.bookedOnline()) {
			appointment.setComment("Booked online by the client");
		}
		appointment.setText(FhirNarrative.titled(booking.sessionTypeName())
			.line("Starts", this.scope.dateTime(booking.startsAt()).getValueAsString())
			.line("Ends", this.scope.dateTime(booking.endsAt()).getValueAsString())
			.line("Therapist", booking.therapistName())
			.line("Room", booking.roomName())
			.line("Status", booking.status().name().toLowerCase().replace('_', ' '))
			.line("Why it was cancelled", booking.isCancelled() ? booking.cancelReason() : null)
			.build());
		return appointment;
	}

	/** Checked in is fulfilled once the session's time is over, and arrived until then. */
	static Appointment.AppointmentStatus status(BookingStatus status, Instant endsAt, Instant now) {
		return switch (status) {
			case BOOKED -> Appointment.AppointmentStatus.BOOKED;
			case CHECKED_IN -> endsAt.isAfter(now) ? Appointment.AppointmentStatus.ARRIVED
					: Appointment.AppointmentStatus.FULFILLED;
			case NO_SHOW -> Appointment.AppointmentStatus.NOSHOW;
			case CANCELLED -> Appointment.AppointmentStatus.CANCELLED;
		};
	}

}
