package com.holdspace.booking;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.NotYoursException;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * Therapists' working weeks and time off. Admin and front desk see and change everyone's (see
 * SecurityConfig); a therapist may only read their own, which is checked here.
 */
@Controller
@RequestMapping("/schedule")
class ScheduleController {

	private static final String PAGE = "booking/schedule";

	private final ClinicResources resources;

	private final ScheduleService schedule;

	private final StaffDirectory staff;

	private final SiteScope sites;

	ScheduleController(ClinicResources resources, ScheduleService schedule, StaffDirectory staff, SiteScope sites) {
		this.sites = sites;
		this.resources = resources;
		this.schedule = schedule;
		this.staff = staff;
	}

	@InitBinder("timeOffForm")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute("days")
	List<DayOfWeek> days() {
		return Arrays.asList(DayOfWeek.values());
	}

	/**
	 * The desk and admin see the therapists of one site, with a switch to the others; a therapist
	 * sees only themselves. Hours and time off are read for the whole list at once.
	 */
	@GetMapping
	String list(@RequestParam(required = false) Long site, @AuthenticationPrincipal HoldspaceUser viewer,
			Model model) {
		List<StaffMember> therapists;
		if (mayEdit(viewer)) {
			long siteId = this.sites.of(viewer, site);
			therapists = this.staff.activeTherapists(siteId);
			this.sites.addChoice(model, siteId);
		}
		else {
			therapists = this.staff.find(viewer.getAccountId())
				.filter(member -> member.role() == Role.THERAPIST)
				.stream()
				.toList();
		}
		List<Long> ids = therapists.stream().map(StaffMember::id).toList();
		Map<Long, List<DayOfWeek>> working = this.resources.workingHours(ids)
			.stream()
			.sorted(Comparator.comparing(WorkingHours::getDay))
			.collect(Collectors.groupingBy(WorkingHours::getTherapistId,
					Collectors.mapping(WorkingHours::getDay, Collectors.collectingAndThen(Collectors.toList(),
							days -> days.stream().distinct().toList()))));
		Map<Long, Long> away = this.resources.upcomingTimeOff(ids, this.schedule.today())
			.stream()
			.collect(Collectors.groupingBy(TimeOff::getTherapistId, Collectors.counting()));
		model.addAttribute("therapists", therapists.stream()
			.map(therapist -> new TherapistWeek(therapist, working.getOrDefault(therapist.id(), List.of()),
					away.getOrDefault(therapist.id(), 0L).intValue()))
			.toList());
		return "booking/schedules";
	}

	@GetMapping("/therapists/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal HoldspaceUser viewer, Model model) {
		if (!mayEdit(viewer) && id != viewer.getAccountId()) {
			throw new NotYoursException("Schedule of therapist", id);
		}
		return showPage(therapist(id), viewer, new WorkingHoursForm(), new TimeOffForm(), model);
	}

	@PostMapping("/therapists/{id}/hours")
	String addHours(@PathVariable long id, @Validated @ModelAttribute("hoursForm") WorkingHoursForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser viewer, Model model,
			RedirectAttributes redirect) {
		StaffMember therapist = editable(id, viewer);
		if (!result.hasErrors()) {
			try {
				this.schedule.addHours(id, form.getDay(), form.getStarts(), form.getEnds());
				redirect.addFlashAttribute("notice", "schedule.notice.hoursAdded");
				return "redirect:/schedule/therapists/" + id + "#week";
			}
			catch (Refused refused) {
				refused.addTo(result);
			}
		}
		return showPage(therapist, viewer, form, new TimeOffForm(), model);
	}

	@PostMapping("/therapists/{id}/hours/{spanId}/remove")
	String removeHours(@PathVariable long id, @PathVariable long spanId, @AuthenticationPrincipal HoldspaceUser viewer,
			RedirectAttributes redirect) {
		editable(id, viewer);
		this.schedule.removeHours(id, spanId);
		redirect.addFlashAttribute("notice", "schedule.notice.hoursRemoved");
		return "redirect:/schedule/therapists/" + id + "#week";
	}

	@PostMapping("/therapists/{id}/time-off")
	String addTimeOff(@PathVariable long id, @Validated @ModelAttribute("timeOffForm") TimeOffForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser viewer, Model model,
			RedirectAttributes redirect) {
		StaffMember therapist = editable(id, viewer);
		if (!result.hasErrors()) {
			try {
				this.schedule.addTimeOff(id, form.getFirstDay(), form.getLastDay(), form.getReason());
				redirect.addFlashAttribute("notice", "schedule.notice.timeOffAdded");
				return "redirect:/schedule/therapists/" + id + "#time-off";
			}
			catch (Refused refused) {
				refused.addTo(result);
			}
		}
		return showPage(therapist, viewer, new WorkingHoursForm(), form, model);
	}

	@PostMapping("/therapists/{id}/time-off/{timeOffId}/remove")
	String removeTimeOff(@PathVariable long id, @PathVariable long timeOffId,
			@AuthenticationPrincipal HoldspaceUser viewer, RedirectAttributes redirect) {
		editable(id, viewer);
		this.schedule.removeTimeOff(id, timeOffId);
		redirect.addFlashAttribute("notice", "schedule.notice.timeOffRemoved");
		return "redirect:/schedule/therapists/" + id + "#time-off";
	}

	private String showPage(StaffMember therapist, HoldspaceUser viewer, WorkingHoursForm hoursForm,
			TimeOffForm timeOffForm, Model model) {
		List<WorkingHours> spans = this.resources.workingHours(therapist.id());
		model.addAttribute("therapist", therapist);
		model.addAttribute("canEdit", mayEdit(viewer));
		model.addAttribute("week", Arrays.stream(DayOfWeek.values())
			.map(day -> new ScheduleDay(day, spans.stream().filter(span -> span.getDay() == day).toList()))
			.toList());
		model.addAttribute("timeOff", this.resources.upcomingTimeOff(therapist.id(), this.schedule.today())
			.stream()
			.map(off -> new TimeOffEntry(off, this.schedule.bookedDuring(off)))
			.toList());
		model.addAttribute("hoursForm", hoursForm);
		model.addAttribute("timeOffForm", timeOffForm);
		return PAGE;
	}

	private StaffMember therapist(long id) {
		return this.staff.find(id)
			.filter(member -> member.role() == Role.THERAPIST)
			.orElseThrow(() -> new NotFoundException("Therapist", id));
	}

	/** SecurityConfig already keeps therapists away from changes; this says so again, where it matters. */
	private StaffMember editable(long id, HoldspaceUser viewer) {
		if (!mayEdit(viewer)) {
			throw new AccessDeniedException("Only the front desk and admins change schedules");
		}
		return therapist(id);
	}

	private static boolean mayEdit(HoldspaceUser viewer) {
		return viewer.getRole() == Role.ADMIN || viewer.getRole() == Role.FRONT_DESK;
	}

}
