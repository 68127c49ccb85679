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

import com.holdspace.shared.NotFoundException;
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

	private final BookingViews bookings;

	/** A calendar reads in one read-only transaction, on one connection, however many parts it has. */
	private final TransactionTemplate reads;

	CalendarController(CalendarBoard board, ClinicResources resources, StaffDirectory staff,
			List<CalendarNotes> notes, SiteScope sites, BookingViews bookings, PlatformTransactionManager transactions) {
		this.board = board;
		this.bookings = bookings;
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
			// the desk keeps the whole day of its site open: every therapist side by side
			return "redirect:/calendar/day?site=" + siteId;
		}
		model.addAttribute("rooms", this.resources.activeRooms(siteId));
		this.sites.addChoice(model, siteId);
		return "booking/no-therapists";
	}

	@GetMapping("/calendar/therapists/{therapistId}")
	String therapist(@PathVariable long therapistId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "week") String view, @RequestParam(required = false) Long type,
			@RequestParam(required = false) Long move, @AuthenticationPrincipal HoldspaceUser user, Model model) {
		BookingAccess.requireCalendarOf(user, therapistId);
		return this.reads.execute(status -> therapistPage(therapistId, date, view, type, move, user, model));
	}

	private String therapistPage(long therapistId, LocalDate date, String view, Long type, Long move,
			HoldspaceUser user, Model model) {
		StaffMember therapist = this.staff.find(therapistId)
			.orElseThrow(() -> new NotFoundException("Therapist", therapistId));
		BookingView moving = moving(move, user);
		List<SessionType> types = this.resources.activeSessionTypes();
		SessionType chosen = chosenType(types, type, moving);
		boolean day = "day".equals(view);
		LocalDate shown = (date != null) ? date : this.board.openingDay(therapistId);
		LocalDate first = day ? shown : shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (day) {
			model.addAttribute("nextWorkingDay", this.board.workingDayAfter(therapistId, shown).orElse(null));
		}
		model.addAttribute("grid", this.board.therapistDays(therapistId, first, day ? 1 : 7, chosen, moving));
		model.addAttribute("therapist", therapist);
		model.addAttribute("notes", day ? this.notes.stream()
			.flatMap(each -> each.notesFor(therapistId, first, user).stream())
			.sorted(java.util.Comparator.comparing(note -> !note.urgent()))
			.toList() : List.of());
		model.addAttribute("types", types);
		model.addAttribute("type", chosen);
		model.addAttribute("moving", moving);
		common(model, user, day, first, shown, therapist.siteId());
		model.addAttribute("base", "/calendar/therapists/" + therapistId);
		return "booking/calendar";
	}

	/**
	 * One day of a site with a column per therapist: where the front desk works. A therapist sees
	 * only their own calendar, so their day has their column alone.
	 */
	@GetMapping("/calendar/day")
	String day(@RequestParam(required = false) Long site,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long type, @RequestParam(required = false) Long move,
			@AuthenticationPrincipal HoldspaceUser user, Model model) {
		return this.reads.execute(status -> dayPage(site, date, type, move, user, model));
	}

	private String dayPage(Long site, LocalDate date, Long type, Long move, HoldspaceUser user, Model model) {
		BookingView moving = moving(move, user);
		long siteId = (moving != null) ? this.sites.ofTherapist(moving.therapistId()) : this.sites.of(user, site);
		List<StaffMember> therapists = this.staff.activeTherapists(siteId)
			.stream()
			.filter(therapist -> !BookingAccess.isTherapist(user) || therapist.id() == user.getAccountId())
			.toList();
		List<SessionType> types = this.resources.activeSessionTypes();
		SessionType chosen = chosenType(types, type, moving);
		LocalDate shown = (date != null) ? date : this.board.openingDay(therapists);
		model.addAttribute("grid", this.board.therapistsDay(therapists, shown, chosen, moving));
		model.addAttribute("types", types);
		model.addAttribute("type", chosen);
		model.addAttribute("moving", moving);
		model.addAttribute("siteDay", true);
		common(model, user, true, shown, shown, siteId);
		model.addAttribute("base", "/calendar/day");
		model.addAttribute("siteId", siteId);
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
		model.addAttribute("grid", this.board.roomDays(room, first, day ? 1 : 7));
		model.addAttribute("room", room);
		common(model, user, day, first, shown, room.getSiteId());
		model.addAttribute("base", "/calendar/rooms/" + roomId);
		return "booking/calendar";
	}

	/**
	 * The booking being moved, when the calendar is in move mode: an open booking not yet started,
	 * in a calendar the viewer may change. Anything else is not movable and the mode is refused.
	 */
	private BookingView moving(Long move, HoldspaceUser user) {
		if (move == null) {
			return null;
		}
		BookingView booking = this.bookings.view(move);
		BookingAccess.requireCalendarOf(user, booking.therapistId());
		if (!booking.isOpen() || !booking.startsAt().isAfter(this.board.now())) {
			throw new NotFoundException("Movable booking", move);
		}
		return booking;
	}

	/**
	 * The moving booking's own type (even one no longer offered: its length is what must fit), else
	 * the type asked for, else the standard session.
	 */
	private SessionType chosenType(List<SessionType> types, Long type, BookingView moving) {
		if (moving != null) {
			return this.resources.sessionType(moving.sessionTypeId());
		}
		return types.stream().filter(t -> t.getId().equals(type)).findFirst().orElseGet(() -> defaultType(types));
	}

	/** The desk's pickers show the therapists and rooms of the site on screen, and a switch to the others. */
	private void common(Model model, HoldspaceUser user, boolean day, LocalDate first, LocalDate shown, Long siteId) {
		boolean desk = !BookingAccess.isTherapist(user) && siteId != null;
		boolean siteDay = Boolean.TRUE.equals(model.getAttribute("siteDay"));
		StaffMember therapist = (StaffMember) model.getAttribute("therapist");
		Room room = (Room) model.getAttribute("room");
		SessionType type = (SessionType) model.getAttribute("type");
		List<StaffMember> therapists = desk ? this.staff.activeTherapists(siteId) : List.of();
		model.addAttribute("siteDay", siteDay);
		model.addAttribute("dayView", day);
		model.addAttribute("view", (day && !siteDay) ? "day" : null);
		model.addAttribute("first", first);
		model.addAttribute("shown", shown);
		model.addAttribute("previous", day ? shown.minusDays(1) : first.minusWeeks(1));
		model.addAttribute("next", day ? shown.plusDays(1) : first.plusWeeks(1));
		model.addAttribute("today", this.board.today());
		model.addAttribute("step", this.board.stepMinutes());
		model.addAttribute("desk", desk);
		model.addAttribute("therapists", therapists);
		model.addAttribute("rooms", desk ? this.resources.activeRooms(siteId) : List.of());
		model.addAttribute("typeParam", (type != null && room == null) ? type.getId() : null);
		model.addAttribute("siteParam", siteDay ? siteId : null);
		model.addAttribute("siteId", siteId);
		// the desk's day shows every therapist of the site; a therapist's day and week are their own
		String own = "/calendar/therapists/" + ((therapist != null) ? therapist.id() : user.getAccountId());
		String roomPath = (room != null) ? "/calendar/rooms/" + room.getId() : null;
		model.addAttribute("dayLink", (roomPath != null) ? roomPath : desk ? "/calendar/day" : own);
		model.addAttribute("dayLinkSite", (desk && room == null) ? siteId : null);
		model.addAttribute("weekLink", (therapist != null) ? own : (roomPath != null) ? roomPath
				: !desk ? own : therapists.isEmpty() ? null : "/calendar/therapists/" + therapists.get(0).id());
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
