package com.holdspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.beans.BeanUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.client.ClientService;
import com.holdspace.model.StaleEditException;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.system.ClinicTime;

/**
 * The booking form and a booking's own page with its changes. Staff only (SecurityConfig); a
 * therapist books and changes sessions in their own calendar only.
 */
@Controller
class BookingController {

	private static final int NEXT_FREE = 6;

	private final BookingService bookings;

	private final Availability availability;

	private final ClinicResources resources;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final ClinicTime clinicTime;

	private final List<BookingPanel> panels;

	private final SiteScope sites;

	BookingController(BookingService bookings, Availability availability, ClinicResources resources,
			ClientService clients, StaffDirectory staff, ClinicTime clinicTime, List<BookingPanel> panels,
			SiteScope sites) {
		this.bookings = bookings;
		this.sites = sites;
		this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(BookingPanel::order)).toList();
		this.availability = availability;
		this.resources = resources;
		this.clients = clients;
		this.staff = staff;
		this.clinicTime = clinicTime;
	}

	@GetMapping("/bookings/new")
	String newBooking(@ModelAttribute("form") BookingForm form, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long site, @AuthenticationPrincipal HoldspaceUser user, Model model) {
		if (BookingAccess.isTherapist(user)) {
			form.setTherapistId(user.getAccountId());
		}
		if (form.getClientId() == null) {
			model.addAttribute("q", q);
			model.addAttribute("matches", this.clients.search(q));
			return "booking/choose-client";
		}
		if (site != null && !BookingAccess.isTherapist(user)) {
			// switching site: the therapist and room chosen were another site's
			form.setTherapistId(null);
			form.setRoomId(null);
		}
		return formPage(form, user, model, site);
	}

	@PostMapping("/bookings")
	String book(@Valid @ModelAttribute("form") BookingForm form, BindingResult result,
			@RequestParam(required = false) Long site, @AuthenticationPrincipal HoldspaceUser user, Model model,
			RedirectAttributes redirect) {
		if (form.getTherapistId() != null) {
			BookingAccess.requireCalendarOf(user, form.getTherapistId());
		}
		if (form.getClientId() == null) {
			return "redirect:/bookings/new";
		}
		if (result.hasErrors()) {
			return formPage(form, user, model, site);
		}
		try {
			Booking booking = this.bookings.book(new BookingRequest(form.getCreationToken(), form.getClientId(),
					form.getSessionTypeId(), form.getTherapistId(), form.getRoomId(),
					instant(form.getDate(), form.getTime())), Actor.of(user));
			redirect.addFlashAttribute("notice", "booking.notice.booked");
			return "redirect:/bookings/" + booking.getId();
		}
		catch (BookingRefusedException refused) {
			if ("creationToken".equals(refused.getField())) {
				// this form already booked something else: what is on screen can be booked afresh
				form.setCreationToken(UUID.randomUUID());
			}
			reject(result, refused);
			return formPage(form, user, model, site);
		}
		catch (SlotTakenException taken) {
			model.addAttribute("taken", taken.getTaken());
			model.addAttribute("alternatives", choices(allowed(user, taken.getAlternatives())));
			return formPage(form, user, model, site);
		}
	}

	@GetMapping("/bookings/{id}")
	String booking(@PathVariable long id, @AuthenticationPrincipal HoldspaceUser user, Model model) {
		BookingView booking = this.bookings.view(id);
		BookingAccess.requireCalendarOf(user, booking.therapistId());
		if (!model.containsAttribute("reschedule")) {
			RescheduleForm reschedule = new RescheduleForm();
			reschedule.setVersion(booking.version());
			reschedule.setTherapistId(booking.therapistId());
			reschedule.setRoomId(booking.roomId());
			ZonedDateTime start = booking.startsAt().atZone(this.clinicTime.zone());
			reschedule.setDate(start.toLocalDate());
			reschedule.setTime(start.toLocalTime());
			model.addAttribute("reschedule", reschedule);
		}
		return detailPage(booking, user, model);
	}

	@PostMapping("/bookings/{id}/reschedule")
	String reschedule(@PathVariable long id, @Valid @ModelAttribute("reschedule") RescheduleForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser user, Model model,
			RedirectAttributes redirect) {
		BookingView booking = this.bookings.view(id);
		BookingAccess.requireCalendarOf(user, booking.therapistId());
		if (form.getTherapistId() != null) {
			BookingAccess.requireCalendarOf(user, form.getTherapistId());
		}
		if (result.hasErrors()) {
			return detailPage(booking, user, model);
		}
		try {
			this.bookings.reschedule(id, form.getVersion(), form.getTherapistId(), form.getRoomId(),
					instant(form.getDate(), form.getTime()), Actor.of(user));
			redirect.addFlashAttribute("notice", "booking.notice.rescheduled");
			return "redirect:/bookings/" + id;
		}
		catch (BookingRefusedException refused) {
			reject(result, refused);
		}
		catch (SlotTakenException taken) {
			model.addAttribute("taken", taken.getTaken());
			model.addAttribute("alternatives", choices(allowed(user, taken.getAlternatives())));
		}
		catch (StaleEditException | BookingClosedException stale) {
			model.addAttribute("problem", "booking.problem.stale");
		}
		return detailPage(booking, user, model);
	}

	@PostMapping("/bookings/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal HoldspaceUser user, RedirectAttributes redirect) {
		String typed = act(id, user, redirect, "booking.notice.cancelled",
				() -> this.bookings.cancel(id, version, reason, Actor.of(user)));
		if (reason != null && redirect.getFlashAttributes().containsKey("problem")) {
			// what was typed comes back in the field, as far as the field holds it
			redirect.addFlashAttribute("cancelReason",
					reason.substring(0, Math.min(reason.length(), BookingService.CANCEL_REASON_MAX * 2)));
		}
		return typed;
	}

	@PostMapping("/bookings/{id}/check-in")
	String checkIn(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal HoldspaceUser user,
			RedirectAttributes redirect) {
		return act(id, user, redirect, "booking.notice.checkedIn",
				() -> this.bookings.checkIn(id, version, Actor.of(user)));
	}

	@PostMapping("/bookings/{id}/no-show")
	String noShow(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal HoldspaceUser user,
			RedirectAttributes redirect) {
		return act(id, user, redirect, "booking.notice.noShow",
				() -> this.bookings.markNoShow(id, version, Actor.of(user)));
	}

	private String act(long id, HoldspaceUser user, RedirectAttributes redirect, String notice, Runnable action) {
		BookingAccess.requireCalendarOf(user, this.bookings.get(id).getTherapistId());
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (BookingRefusedException refused) {
			redirect.addFlashAttribute("problem", refused.getMessageCode());
		}
		catch (StaleEditException | BookingClosedException stale) {
			redirect.addFlashAttribute("problem", "booking.problem.stale");
		}
		return "redirect:/bookings/" + id;
	}

	/**
	 * The form offers one site's therapists and rooms: the chosen therapist's, else the site switched
	 * to, else the chosen room's (a free time picked on a room's calendar), else the desk's home site.
	 */
	private String formPage(BookingForm form, HoldspaceUser user, Model model, Long site) {
		Long roomSite = (form.getRoomId() != null) ? this.resources.siteOfRoom(form.getRoomId()).orElse(null) : null;
		long siteId = (form.getTherapistId() != null) ? this.sites.ofTherapist(form.getTherapistId())
				: this.sites.of(user, (site != null) ? site : roomSite);
		model.addAttribute("client", this.clients.get(form.getClientId()));
		Readiness readiness = this.bookings.readiness(form.getClientId());
		model.addAttribute("readiness", readiness);
		model.addAttribute("types", this.resources.activeSessionTypes());
		// a client who asked for a therapist experienced in emotional-release work is offered those first
		model.addAttribute("therapists", readiness.isPrefersExperienced() ? therapistsFor(user, siteId).stream()
			.sorted(java.util.Comparator.comparing(therapist -> !therapist.experiencedInRelease()))
			.toList() : therapistsFor(user, siteId));
		model.addAttribute("rooms", this.resources.activeRooms(siteId));
		if (!BookingAccess.isTherapist(user)) {
			this.sites.addChoice(model, siteId);
		}
		if (form.getTherapistId() != null && form.getSessionTypeId() != null) {
			SessionType type = this.resources.sessionType(form.getSessionTypeId());
			Instant from = (form.getDate() != null) ? instant(form.getDate(), LocalTime.MIN) : null;
			// an hour or more apart, so the suggestions cover more than one morning; every start is on the calendar
			model.addAttribute("nextFree", choices(this.availability.nextFree(form.getTherapistId(), type, from, NEXT_FREE,
					Duration.ofHours(1))));
		}
		return "booking/form";
	}

	private String detailPage(BookingView booking, HoldspaceUser user, Model model) {
		model.addAttribute("booking", booking);
		model.addAttribute("readiness", this.bookings.readiness(booking.clientId()));
		model.addAttribute("history", this.bookings.history(booking.id()));
		// a booking moves within its therapist's site
		long siteId = this.sites.ofTherapist(booking.therapistId());
		model.addAttribute("therapists", therapistsFor(user, siteId));
		model.addAttribute("rooms", this.resources.activeRooms(siteId));
		model.addAttribute("today", LocalDate.now(this.clinicTime.clock()));
		model.addAttribute("started", !booking.startsAt().isAfter(this.clinicTime.clock().instant()));
		model.addAttribute("bookingDay", booking.startsAt().atZone(this.clinicTime.zone()).toLocalDate());
		model.addAttribute("panels",
				this.panels.stream().flatMap(panel -> panel.panelFor(booking, user).stream()).toList());
		return "booking/detail";
	}

	/** A therapist is offered times in their own calendar only; the desk sees colleagues' too. */
	private static List<Slot> allowed(HoldspaceUser user, List<Slot> slots) {
		return slots.stream()
			.filter(slot -> !BookingAccess.isTherapist(user) || slot.therapistId() == user.getAccountId())
			.toList();
	}

	private List<StaffMember> therapistsFor(HoldspaceUser user, long siteId) {
		return this.staff.activeTherapists(siteId)
			.stream()
			.filter(t -> !BookingAccess.isTherapist(user) || t.id() == user.getAccountId())
			.toList();
	}

	private List<SlotChoice> choices(List<Slot> slots) {
		Set<Long> therapistIds = new HashSet<>();
		slots.forEach(slot -> therapistIds.add(slot.therapistId()));
		Map<Long, String> therapistNames = this.staff.displayNames(therapistIds);
		Map<Long, String> roomNames = this.resources.roomNames(slots.stream().map(Slot::roomId).collect(Collectors.toSet()));
		return slots.stream().map(slot -> {
			ZonedDateTime start = slot.startsAt().atZone(this.clinicTime.zone());
			return new SlotChoice(slot.therapistId(), therapistNames.get(slot.therapistId()), slot.roomId(),
					roomNames.get(slot.roomId()), start.toLocalDate(), start.toLocalTime());
		}).toList();
	}

	/** Puts the refusal next to the field it is about, or at the top when the form has no such field. */
	private static void reject(BindingResult result, BookingRefusedException refused) {
		String field = switch (refused.getField()) {
			case "startsAt" -> "time";
			// a hidden field: the message goes at the top of the form
			case "creationToken" -> "";
			default -> refused.getField();
		};
		Object target = result.getTarget();
		if (target != null && !field.isEmpty() && BeanUtils.getPropertyDescriptor(target.getClass(), field) != null) {
			result.rejectValue(field, refused.getMessageCode());
		}
		else {
			result.reject(refused.getMessageCode());
		}
	}

	private Instant instant(LocalDate date, LocalTime time) {
		return ZonedDateTime.of(date, time, this.clinicTime.zone()).toInstant();
	}

}
