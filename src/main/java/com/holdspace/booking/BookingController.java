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
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * The booking form and a booking's own page with its changes. Staff only (SecurityConfig); a
 * therapist books and changes sessions in their own calendar only.
 */
@Controller
class BookingController {

	private static final int NEXT_FREE = 6;

	/** The command's fields the form calls otherwise: the start is typed as a time; the token is hidden. */
	private static final Map<String, String> FORM_FIELDS = Map.of("startsAt", "time", "creationToken", "");

	private final BookingService bookings;

	private final ClientReadiness readiness;

	private final BookingViews views;

	private final Availability availability;

	private final ClinicResources resources;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final ClinicTime clinicTime;

	private final List<BookingPanel> panels;

	private final SiteScope sites;

	BookingController(BookingService bookings, ClientReadiness readiness, BookingViews views, Availability availability,
			ClinicResources resources, ClientService clients, StaffDirectory staff, ClinicTime clinicTime,
			List<BookingPanel> panels, SiteScope sites) {
		this.bookings = bookings;
		this.readiness = readiness;
		this.views = views;
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
			BookingView booking = this.bookings.book(new BookingRequest(form.getCreationToken(), form.getClientId(),
					form.getSessionTypeId(), form.getTherapistId(), form.getRoomId(),
					instant(form.getDate(), form.getTime())), Actor.of(user));
			redirect.addFlashAttribute("notice", "booking.notice.booked");
			return "redirect:/bookings/" + booking.id();
		}
		catch (Refused refused) {
			if ("creationToken".equals(refused.field())) {
				// this form already booked something else: what is on screen can be booked afresh
				form.setCreationToken(UUID.randomUUID());
			}
			refused.addTo(result, FORM_FIELDS);
			return formPage(form, user, model, site);
		}
		catch (SlotTakenException taken) {
			model.addAttribute("taken", taken.getTaken());
			model.addAttribute("alternatives", choices(allowed(user, taken.getAlternatives())));
			return formPage(form, user, model, site);
		}
	}

	/**
	 * A booking's page. A time picked on the calendar in move mode ({@code date} and {@code time},
	 * with the therapist and room free then) comes filled in, for the desk to confirm the move.
	 */
	@GetMapping("/bookings/{id}")
	String booking(@PathVariable long id, @ModelAttribute("proposed") RescheduleForm proposed,
			@AuthenticationPrincipal HoldspaceUser user, Model model) {
		BookingView booking = this.views.view(id);
		BookingAccess.requireCalendarOf(user, booking.therapistId());
		if (!model.containsAttribute("reschedule")) {
			RescheduleForm reschedule = new RescheduleForm();
			reschedule.setVersion(booking.version());
			ZonedDateTime start = booking.startsAt().atZone(this.clinicTime.zone());
			// a move picked on a calendar left open is offered only while the session has not begun
			boolean moving = booking.isOpen() && booking.startsAt().isAfter(this.clinicTime.clock().instant())
					&& proposed.getDate() != null && proposed.getTime() != null;
			if (moving && proposed.getTherapistId() != null) {
				BookingAccess.requireCalendarOf(user, proposed.getTherapistId());
			}
			reschedule.setTherapistId((moving && proposed.getTherapistId() != null) ? proposed.getTherapistId()
					: Long.valueOf(booking.therapistId()));
			reschedule.setRoomId(moving ? proposed.getRoomId() : Long.valueOf(booking.roomId()));
			reschedule.setDate(moving ? proposed.getDate() : start.toLocalDate());
			reschedule.setTime(moving ? proposed.getTime() : start.toLocalTime());
			model.addAttribute("reschedule", reschedule);
			if (moving) {
				model.addAttribute("proposedTherapist",
						this.staff.displayNames(Set.of(reschedule.getTherapistId())).get(reschedule.getTherapistId()));
				model.addAttribute("proposedRoom", (reschedule.getRoomId() != null)
						? this.resources.roomNames(Set.of(reschedule.getRoomId())).get(reschedule.getRoomId()) : null);
			}
			model.addAttribute("moveProposed", moving);
		}
		return detailPage(booking, user, model);
	}

	@PostMapping("/bookings/{id}/reschedule")
	String reschedule(@PathVariable long id, @Valid @ModelAttribute("reschedule") RescheduleForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser user, Model model,
			RedirectAttributes redirect) {
		BookingView booking = this.views.view(id);
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
		catch (StaleEditException | BookingClosedException stale) {
			// not a mistake in the form: the page above it shows the booking as it is now
			model.addAttribute("problem", "stale.booking");
		}
		catch (Refused refused) {
			refused.addTo(result, FORM_FIELDS);
		}
		catch (SlotTakenException taken) {
			model.addAttribute("taken", taken.getTaken());
			model.addAttribute("alternatives", choices(allowed(user, taken.getAlternatives())));
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
		BookingAccess.requireCalendarOf(user, this.views.view(id).therapistId());
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		catch (BookingClosedException closed) {
			redirect.addFlashAttribute("problem", "stale.booking");
		}
		return "redirect:/bookings/" + id;
	}

	/**
	 * The form offers one site's therapists and rooms: the chosen therapist's, else the site switched
	 * to, else the chosen room's (a free time picked on a room's calendar), else the desk's home site.
	 * It opens with the session the client's intake suggests and their preferred therapist chosen,
	 * and shows the first free times for that choice before anything is sent. While the client's
	 * somatic work is on hold, no time with touch is offered, and the page says so without the reason.
	 */
	private String formPage(BookingForm form, HoldspaceUser user, Model model, Long site) {
		var client = this.clients.get(form.getClientId());
		Readiness readiness = this.readiness.readiness(form.getClientId());
		List<SessionType> types = this.resources.activeSessionTypes();
		SessionType suggested = suggested(types, readiness);
		if (form.getSessionTypeId() == null && suggested != null) {
			form.setSessionTypeId(suggested.getId());
		}
		Long preferred = client.preferredTherapistId();
		if (form.getTherapistId() == null && preferred != null && !BookingAccess.isTherapist(user)
				&& (site == null || this.sites.ofTherapist(preferred) == site) && therapistsFor(user,
						this.sites.ofTherapist(preferred)).stream().anyMatch(t -> t.id() == preferred)) {
			// the client's own therapist, while they still take bookings
			form.setTherapistId(preferred);
		}
		Long roomSite = (form.getRoomId() != null) ? this.resources.siteOfRoom(form.getRoomId()).orElse(null) : null;
		long siteId = (form.getTherapistId() != null) ? this.sites.ofTherapist(form.getTherapistId())
				: this.sites.of(user, (site != null) ? site : roomSite);
		model.addAttribute("client", client);
		model.addAttribute("readiness", readiness);
		model.addAttribute("types", types);
		model.addAttribute("extendedSuggested", readiness.isExtendedSessionSuggested() ? extended(types) : null);
		List<StaffMember> therapists = therapistsFor(user, siteId);
		// a client who asked for a therapist experienced in emotional-release work is offered those first
		model.addAttribute("therapists", readiness.isPrefersExperienced() ? therapists.stream()
			.sorted(java.util.Comparator.comparing(therapist -> !therapist.experiencedInRelease()))
			.toList() : therapists);
		model.addAttribute("rooms", this.resources.activeRooms(siteId));
		if (!BookingAccess.isTherapist(user)) {
			this.sites.addChoice(model, siteId);
		}
		SessionType type = types.stream().filter(t -> t.getId().equals(form.getSessionTypeId())).findFirst().orElse(null);
		if (type != null && readiness.blocks(type)) {
			model.addAttribute("heldForTouch", true);
			model.addAttribute("nextFree", List.of());
		}
		else if (type != null) {
			Instant from = (form.getDate() != null) ? instant(form.getDate(), LocalTime.MIN) : null;
			List<Long> whom = (form.getTherapistId() != null) ? List.of(form.getTherapistId())
					: therapists.stream().map(StaffMember::id).toList();
			// an hour or more apart, so the suggestions cover more than one morning; every start is on the calendar
			model.addAttribute("nextFree", choices(whom.stream()
				.flatMap(id -> this.availability.nextFree(id, type, from, NEXT_FREE, Duration.ofHours(1)).stream())
				.sorted(java.util.Comparator.comparing(Slot::startsAt))
				.limit(NEXT_FREE)
				.toList()));
		}
		return "booking/form";
	}

	/**
	 * The session a new booking starts with: the extended one when the intake suggests it, a
	 * session without touch while somatic work is on hold (when there is one), else the standard.
	 */
	private static SessionType suggested(List<SessionType> types, Readiness readiness) {
		if (readiness.isOnHold()) {
			return types.stream().filter(t -> !t.isInvolvesTouch()).findFirst().orElse(null);
		}
		if (readiness.isExtendedSessionSuggested() && extended(types) != null) {
			return extended(types);
		}
		return types.stream().filter(t -> t.getName().toLowerCase(java.util.Locale.ROOT).startsWith("standard"))
			.findFirst()
			.orElse(null);
	}

	/** The extended session: the longest session with touch, the one that leaves room to run long. */
	private static SessionType extended(List<SessionType> types) {
		return types.stream()
			.filter(SessionType::isInvolvesTouch)
			.max(java.util.Comparator.comparingInt(SessionType::getDurationMinutes))
			.orElse(null);
	}

	private String detailPage(BookingView booking, HoldspaceUser user, Model model) {
		model.addAttribute("booking", booking);
		model.addAttribute("readiness", this.readiness.readiness(booking.clientId()));
		model.addAttribute("history", this.views.history(booking.id()));
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

	private Instant instant(LocalDate date, LocalTime time) {
		return ZonedDateTime.of(date, time, this.clinicTime.zone()).toInstant();
	}

}
