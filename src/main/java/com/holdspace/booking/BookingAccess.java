package com.holdspace.booking;

import org.springframework.security.access.AccessDeniedException;

import com.holdspace.shared.NotYoursException;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * Who may work with which calendar. The front desk and admin book for every therapist; a
 * therapist sees and manages their own calendar only.
 */
final class BookingAccess {

	private BookingAccess() {
	}

	static boolean isTherapist(HoldspaceUser user) {
		return user.getRole() == Role.THERAPIST;
	}

	/** A therapist who reaches for someone else's calendar or booking finds nothing there. */
	static void requireCalendarOf(HoldspaceUser user, long therapistId) {
		if (isTherapist(user) && user.getAccountId() != therapistId) {
			throw new NotYoursException("Calendar of therapist", therapistId);
		}
	}

	/** Room calendars show every therapist's clients: for the front desk and admin. */
	static void requireDesk(HoldspaceUser user) {
		if (isTherapist(user)) {
			throw new AccessDeniedException("Room calendars are for the front desk and admin");
		}
	}

}
