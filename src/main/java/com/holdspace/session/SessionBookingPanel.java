package com.holdspace.session;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.holdspace.booking.BookingPanel;
import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingView;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;
import com.holdspace.shared.CareRelationship;
import com.holdspace.shared.ClinicTime;

/**
 * On a booking's page, for clinical staff: the stop signal, the regions to avoid and every open
 * hold, judged on the day of the session, and the way into its record. The front desk sees none of it.
 */
@Component
class SessionBookingPanel implements BookingPanel {

	private final SessionPages pages;

	private final ClinicTime clinicTime;

	private final CareRelationship care;

	SessionBookingPanel(SessionPages pages, ClinicTime clinicTime, CareRelationship care) {
		this.pages = pages;
		this.care = care;
		this.clinicTime = clinicTime;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Panel> panelFor(BookingView booking, HoldspaceUser viewer) {
		if (!SessionAccess.isClinical(viewer)) {
			return Optional.empty();
		}
		// a therapist's own booking puts the client in their care, unless it was cancelled
		if (viewer.getRole() == Role.THERAPIST && booking.status() == BookingStatus.CANCELLED
				&& !this.care.cares(viewer.getAccountId(), booking.clientId())) {
			return Optional.empty();
		}
		LocalDate day = this.clinicTime.day(booking.startsAt());
		var read = this.pages.forBooking(booking, day);
		var picture = read.picture();
		var record = read.record();
		boolean open = booking.status() == BookingStatus.BOOKED || booking.status() == BookingStatus.CHECKED_IN;
		boolean startable = record == null && open && viewer.getRole() == Role.THERAPIST
				&& viewer.getAccountId() == booking.therapistId() && day.equals(LocalDate.now(this.clinicTime.clock()));
		Map<String, Object> data = new HashMap<>();
		data.put("picture", picture);
		data.put("bodyMap", picture.bodyMap(Set.of()));
		data.put("record", record);
		data.put("consentGiven", read.consentGiven());
		data.put("bookingId", booking.id());
		data.put("startable", startable);
		data.put("today", day.equals(LocalDate.now(this.clinicTime.clock())));
		data.put("token", UUID.randomUUID());
		return Optional.of(new Panel("session/booking-panel", data));
	}

}
