package com.holdspace.portal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.holdspace.booking.OnlineTimes;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.clinic.CrisisLine;
import com.holdspace.shared.ClinicTime;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * What the booking and moving pages show while the client chooses: a week of days, the therapists
 * (those experienced in emotional-release work marked), and the day's free times. Every choice is a
 * link or a GET form, so a phone without script chooses as well as any.
 */
@Component
class TimePicker {

	private final OnlineTimes times;

	private final StaffDirectory staff;

	private final ClinicSettings settings;

	private final ClinicTime clinicTime;

	TimePicker(OnlineTimes times, StaffDirectory staff, ClinicSettings settings, ClinicTime clinicTime) {
		this.times = times;
		this.staff = staff;
		this.settings = settings;
		this.clinicTime = clinicTime;
	}

	/**
	 * The day's free times for the type, with the therapist asked for or anyone at the site (every
	 * site when it is null); {@code moving}'s own time counts free.
	 */
	void addTo(Model model, long clientId, long typeId, Long therapistId, Long siteId, LocalDate date, Long moving) {
		List<StaffMember> therapists = (siteId != null) ? this.staff.activeTherapists(siteId)
				: this.staff.activeTherapists();
		Long chosen = (therapistId != null && therapists.stream().anyMatch(member -> member.id() == therapistId))
				? therapistId : null;
		DayChoice days = DayChoice.around(date, LocalDate.now(this.clinicTime.clock()));
		model.addAttribute("therapists", therapists);
		model.addAttribute("therapistId", chosen);
		model.addAttribute("days", days);
		model.addAttribute("times", this.times.freeTimes(typeId, chosen, siteId, days.chosen(), moving,
				chosen == null && this.times.prefersExperienced(clientId)));
	}

	/** The clinic's own lines, numbers ready to call: where a client is sent for what the page does not do. */
	List<CrisisLine> phoneLines() {
		return CrisisLine.of(this.settings.contactLines());
	}

}
