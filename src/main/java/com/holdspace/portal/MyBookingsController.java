package com.holdspace.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.booking.OnlineTimes;
import com.holdspace.booking.SessionTypeView;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffDirectory;

/**
 * Clients only (SecurityConfig, /me/**): their coming sessions, and booking one themselves. The
 * client is always the signed-in one, never a value from the request.
 */
@Controller
class MyBookingsController {

	private final MyBookings bookings;

	private final OnlineTimes times;

	private final TimePicker picker;

	private final StaffDirectory staff;

	MyBookingsController(MyBookings bookings, OnlineTimes times, TimePicker picker, StaffDirectory staff) {
		this.bookings = bookings;
		this.times = times;
		this.picker = picker;
		this.staff = staff;
	}

	@InitBinder("booking")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("creationToken", "sessionTypeId", "therapistId", "startsAt");
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/me/bookings")
	String list(@AuthenticationPrincipal HoldspaceUser me, Model model) {
		var upcoming = this.bookings.upcoming(me.getClientId());
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("changeable", upcoming.stream().filter(this.bookings::changeable).map(b -> b.id()).toList());
		model.addAttribute("clinicCalls", this.bookings.clinicCallsFirst(me.getClientId(), upcoming));
		model.addAttribute("noticeHours", this.bookings.notice().toHours());
		model.addAttribute("phoneLines", this.picker.phoneLines());
		return "portal/bookings";
	}

	@GetMapping("/me/bookings/new")
	String choose(@RequestParam(required = false) Long sessionTypeId, @RequestParam(required = false) Long therapistId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal HoldspaceUser me, Model model) {
		var types = this.times.typesForReturning(me.getClientId());
		model.addAttribute("types", types);
		model.addAttribute("phoneLines", this.picker.phoneLines());
		if (types.isEmpty()) {
			// nothing the client may book alone: the clinic books with them, by phone
			return "portal/choose";
		}
		SessionTypeView type = types.stream()
			.filter(offered -> sessionTypeId != null && offered.id() == sessionTypeId)
			.findFirst()
			.orElse(types.get(0));
		model.addAttribute("type", type);
		this.picker.addTo(model, me.getClientId(), type.id(), therapistId, this.bookings.homeSite(me.getClientId()),
				date, null);
		return "portal/choose";
	}

	@GetMapping("/me/bookings/new/confirm")
	String confirm(@RequestParam long sessionTypeId, @RequestParam long therapistId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant startsAt,
			@AuthenticationPrincipal HoldspaceUser me, Model model) {
		var form = new OnlineBookingForm();
		form.setCreationToken(UUID.randomUUID());
		form.setSessionTypeId(sessionTypeId);
		form.setTherapistId(therapistId);
		form.setStartsAt(startsAt);
		return confirmPage(me.getClientId(), form, model);
	}

	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping("/me/bookings")
	String book(@Validated @ModelAttribute("booking") OnlineBookingForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "redirect:/me/bookings/new";
		}
		try {
			this.bookings.book(me.getClientId(), form.getCreationToken(), form.getSessionTypeId(),
					form.getTherapistId(), form.getStartsAt());
		}
		catch (Refused refused) {
			refused.addTo(result);
			return confirmPage(me.getClientId(), form, model);
		}
		redirect.addFlashAttribute("notice", "portal.bookings.notice.booked");
		return "redirect:/me/bookings";
	}

	/** The choice to confirm; a type the client may not book alone shows no button, only the clinic's lines. */
	private String confirmPage(long clientId, OnlineBookingForm form, Model model) {
		model.addAttribute("booking", form);
		model.addAttribute("type", this.times.typesForReturning(clientId)
			.stream()
			.filter(type -> type.id() == form.getSessionTypeId())
			.findFirst()
			.orElse(null));
		model.addAttribute("therapist", this.staff.find(form.getTherapistId())
			.orElseThrow(() -> new NotFoundException("Therapist", form.getTherapistId())));
		model.addAttribute("phoneLines", this.picker.phoneLines());
		return "portal/confirm";
	}

}
