package com.holdspace.waitlist;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import com.holdspace.booking.ClinicResources;
import com.holdspace.booking.SessionTypeView;
import com.holdspace.staff.StaffDirectory;

/**
 * Rules of the waitlist form that need the clinic: an active session type, an active therapist
 * (or any), and at least one complete time window long enough for the session.
 */
@Component
class WaitlistFormValidator implements Validator {

	private final ClinicResources resources;

	private final StaffDirectory staff;

	WaitlistFormValidator(ClinicResources resources, StaffDirectory staff) {
		this.resources = resources;
		this.staff = staff;
	}

	@Override
	public boolean supports(Class<?> clazz) {
		return WaitlistForm.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		WaitlistForm form = (WaitlistForm) target;
		SessionTypeView type = null;
		if (form.getSessionTypeId() != null && !errors.hasFieldErrors("sessionTypeId")) {
			type = this.resources.activeTypeViews()
				.stream()
				.filter(candidate -> candidate.id() == form.getSessionTypeId())
				.findFirst()
				.orElse(null);
			if (type == null) {
				errors.rejectValue("sessionTypeId", "waitlist.error.type");
			}
		}
		if (form.getTherapistId() != null && !errors.hasFieldErrors("therapistId")
				&& !this.staff.isActiveTherapist(form.getTherapistId())) {
			errors.rejectValue("therapistId", "waitlist.error.therapist");
		}
		checkWindows(form.getWindows(), type, errors);
	}

	private void checkWindows(List<WindowRow> rows, SessionTypeView type, Errors errors) {
		boolean any = false;
		for (int i = 0; i < rows.size(); i++) {
			WindowRow row = rows.get(i);
			String path = "windows[" + i + "].";
			if (row == null || row.isBlank() && !hasRowErrors(errors, path)) {
				continue;
			}
			any = true;
			if (row.getDayOfWeek() == null) {
				reject(errors, path + "dayOfWeek", "waitlist.error.day");
			}
			else if (row.getDayOfWeek() < 1 || row.getDayOfWeek() > 7) {
				reject(errors, path + "dayOfWeek", "waitlist.error.day");
			}
			if (row.getStarts() == null) {
				reject(errors, path + "starts", "waitlist.error.time");
			}
			if (row.getEnds() == null) {
				reject(errors, path + "ends", "waitlist.error.time");
			}
			if (row.getStarts() != null && row.getEnds() != null && !errors.hasFieldErrors(path + "ends")) {
				if (!row.getEnds().isAfter(row.getStarts())) {
					errors.rejectValue(path + "ends", "waitlist.error.order");
				}
				else if (type != null && Duration.between(row.getStarts(), row.getEnds()).compareTo(type.duration()) < 0) {
					errors.rejectValue(path + "ends", "waitlist.error.short", new Object[] { type.durationMinutes() },
							null);
				}
			}
		}
		if (!any) {
			errors.rejectValue("windows", "waitlist.error.windows");
		}
	}

	private static boolean hasRowErrors(Errors errors, String path) {
		return errors.hasFieldErrors(path + "dayOfWeek") || errors.hasFieldErrors(path + "starts")
				|| errors.hasFieldErrors(path + "ends");
	}

	private static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

}
