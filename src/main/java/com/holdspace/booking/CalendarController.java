package com.holdspace.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.holdspace.model.NotFoundException;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * Day and week calendars per therapist and per room. Staff only (SecurityConfig); a therapist sees
 * only their own calendar.
 */
@Controller
class CalendarController {

	private final CalendarBoard board;

	private final ClinicResources resources;

	private final StaffDirectory staff;

	private final List<CalendarNotes> notes;

	private final SiteScope sites;

	/** A calendar reads in one read-only transaction, on one connection, however many parts it has. */
	private final TransactionTemplate reads;

	CalendarController(CalendarBoard board, ClinicResources resources, StaffDirectory staff,
			List<CalendarNotes> notes, SiteScope sites, PlatformTransactionManager transactions) {
		this.board = board;
		this.sites = sites;
		this.resources = resources;
		this.staff = staff;
		this.notes = notes;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** The desk opens on their home site, or on the site they switch to. */
	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) Long site, @AuthenticationPrincipal HoldspaceUser user,
			Model model) {
		if (BookingAccess.isTherapist(user)) {
			// a therapist opens on their own day
			return "redirect:/calendar/therapists/" + user.getAccountId() + "?view=day";
		}
		long siteId = this.sites.of(user, site);
		List<StaffMember> therapists = this.staff.activeTherapists(siteId);
		if (!therapists.isEmpty()) {
			return "redirect:/calendar/therapists/" + therapists.get(0).id();
		}
		model.addAttribute("rooms", this.resources.activeRooms(siteId));
		this.sites.addChoice(model, siteId);
		return "booking/no-therapists";
	}

	@GetMapping("/calendar/therapists/{therapistId}")
	String therapist(@PathVariable long therapistId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "week") String view, @RequestParam(required = false) Long type,
			@AuthenticationPrincipal HoldspaceUser user, Model model) {
		BookingAccess.requireCalendarOf(user, therapistId);
		return this.reads.execute(status -> therapistPage(therapistId, date, view, type, user, model));
	}

	private String therapistPage(long therapistId, LocalDate date, String view, Long type, HoldspaceUser user,
			Model model) {
		StaffMember therapist = this.staff.find(therapistId)
			.orElseThrow(() -> new NotFoundException("Therapist", therapistId));
		List<SessionType> types = this.resources.activeSessionTypes();
		SessionType chosen = types.stream()
			.filter(t -> t.getId().equals(type))
			.findFirst()
			.orElseGet(() -> defaultType(types));
		boolean day = "day".equals(view);
		LocalDate shown = (date != null) ? date : this.board.openingDay(therapistId);
		LocalDate first = day ? shown : shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (day) {
			model.addAttribute("nextWorkingDay", this.board.workingDayAfter(therapistId, shown).orElse(null));
		}
		model.addAttribute("days", (chosen != null) ? this.board.therapistDays(therapistId, first, day ? 1 : 7, chosen, day)
				: List.of());
		model.addAttribute("therapist", therapist);
		model.addAttribute("notes", day ? this.notes.stream()
			.flatMap(each -> each.notesFor(therapistId, first, user).stream())
			.sorted(java.util.Comparator.comparing(note -> !note.urgent()))
			.toList() : List.of());
		model.addAttribute("types", types);
		model.addAttribute("type", chosen);
		common(model, user, day, first, shown, therapist.siteId());
		model.addAttribute("base", "/calendar/therapists/" + therapistId);
		return "booking/calendar";
	}

	@GetMapping("/calendar/rooms/{roomId}")
	String room(@PathVariable long roomId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "week") String view, @AuthenticationPrincipal HoldspaceUser user,
			Model model) {
		BookingAccess.requireDesk(user);
		return this.reads.execute(status -> roomPage(roomId, date, view, user, model));
	}

	private String roomPage(long roomId, LocalDate date, String view, HoldspaceUser user, Model model) {
		Room room = this.resources.room(roomId);
		boolean day = "day".equals(view);
		LocalDate shown = (date != null) ? date : this.board.openingDay(room);
		LocalDate first = day ? shown : shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		model.addAttribute("days", this.board.roomDays(room, first, day ? 1 : 7));
		model.addAttribute("room", room);
		common(model, user, day, first, shown, room.getSiteId());
		model.addAttribute("base", "/calendar/rooms/" + roomId);
		return "booking/calendar";
	}

	/** The desk's pickers show the therapists and rooms of the site on screen, and a switch to the others. */
	private void common(Model model, HoldspaceUser user, boolean day, LocalDate first, LocalDate shown, Long siteId) {
		model.addAttribute("dayView", day);
		model.addAttribute("first", first);
		model.addAttribute("shown", shown);
		model.addAttribute("previous", day ? shown.minusDays(1) : first.minusWeeks(1));
		model.addAttribute("next", day ? shown.plusDays(1) : first.plusWeeks(1));
		model.addAttribute("today", this.board.today());
		model.addAttribute("desk", !BookingAccess.isTherapist(user));
		boolean desk = !BookingAccess.isTherapist(user) && siteId != null;
		model.addAttribute("therapists", desk ? this.staff.activeTherapists(siteId) : List.of());
		model.addAttribute("rooms", desk ? this.resources.activeRooms(siteId) : List.of());
		if (desk) {
			this.sites.addChoice(model, siteId);
		}
	}

	/** The standard session when there is one: what most bookings are. */
	private static SessionType defaultType(List<SessionType> types) {
		return types.stream()
			.filter(t -> t.getName().toLowerCase().startsWith("standard"))
			.findFirst()
			.orElse(types.isEmpty() ? null : types.get(0));
	}

}
