package com.holdspace.portal;

import java.time.Instant;
import java.time.LocalDate;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.booking.BookingView;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffDirectory;

/**
 * Clients only (SecurityConfig, /me/**): moving or cancelling one of their own sessions while it is
 * further away than the clinic's notice period. Inside it the pages give the clinic's number and
 * no button; another client's booking is not found.
 */
@Controller
class MyBookingChangesController {

	private final MyBookings bookings;

	private final TimePicker picker;

	private final StaffDirectory staff;

	MyBookingChangesController(MyBookings bookings, TimePicker picker, StaffDirectory staff) {
		this.bookings = bookings;
		this.picker = picker;
		this.staff = staff;
	}

	@InitBinder("move")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("version", "therapistId", "startsAt");
	}

	@GetMapping("/me/bookings/{bookingId}/move")
	String choose(@PathVariable long bookingId, @RequestParam(required = false) Long therapistId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal HoldspaceUser me, Model model) {
		BookingView booking = this.bookings.own(me.getClientId(), bookingId);
		if (!booking.isOpen()) {
			// cancelled meanwhile, or already held: the list says what is still booked
			return "redirect:/me/bookings";
		}
		model.addAttribute("moving", booking);
		model.addAttribute("phoneLines", this.picker.phoneLines());
		boolean movable = this.bookings.movable(booking);
		if (movable) {
			// the same therapist first: a client who wants another chooses them, or anyone
			Long with = (therapistId != null || date != null) ? therapistId : Long.valueOf(booking.therapistId());
			this.picker.addTo(model, me.getClientId(), booking.sessionTypeId(), with, this.bookings.siteOf(booking), date,
					booking.id());
		}
		model.addAttribute("noticeHours", this.bookings.notice().toHours());
		model.addAttribute("changeable", this.bookings.changeable(booking));
		model.addAttribute("movable", movable);
		return "portal/choose";
	}

	@GetMapping("/me/bookings/{bookingId}/move/confirm")
	String confirmMove(@PathVariable long bookingId, @RequestParam long therapistId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant startsAt,
			@AuthenticationPrincipal HoldspaceUser me, Model model) {
		BookingView booking = this.bookings.own(me.getClientId(), bookingId);
		var form = new MoveBookingForm();
		form.setVersion(booking.version());
		form.setTherapistId(therapistId);
		form.setStartsAt(startsAt);
		return movePage(booking, form, model);
	}

	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping("/me/bookings/{bookingId}/move")
	String move(@PathVariable long bookingId, @Validated @ModelAttribute("move") MoveBookingForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, Model model,
			RedirectAttributes redirect) {
		BookingView booking = this.bookings.own(me.getClientId(), bookingId);
		if (result.hasErrors()) {
			return "redirect:/me/bookings/" + bookingId + "/move";
		}
		try {
			this.bookings.move(me.getClientId(), bookingId, form.getVersion(), form.getTherapistId(),
					form.getStartsAt());
		}
		catch (Refused refused) {
			refused.addTo(result);
			return movePage(booking, form, model);
		}
		redirect.addFlashAttribute("notice", "portal.bookings.notice.moved");
		return "redirect:/me/bookings";
	}

	@GetMapping("/me/bookings/{bookingId}/cancel")
	String confirmCancel(@PathVariable long bookingId, @AuthenticationPrincipal HoldspaceUser me, Model model) {
		BookingView booking = this.bookings.own(me.getClientId(), bookingId);
		if (!booking.isOpen()) {
			return "redirect:/me/bookings";
		}
		return cancelPage(booking, model);
	}

	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping("/me/bookings/{bookingId}/cancel")
	String cancel(@PathVariable long bookingId, @RequestParam int version, @AuthenticationPrincipal HoldspaceUser me,
			Model model, RedirectAttributes redirect) {
		try {
			this.bookings.cancel(me.getClientId(), bookingId, version);
		}
		catch (Refused refused) {
			model.addAttribute("problem", refused);
			return cancelPage(this.bookings.own(me.getClientId(), bookingId), model);
		}
		redirect.addFlashAttribute("notice", "portal.bookings.notice.cancelled");
		return "redirect:/me/bookings";
	}

	private String movePage(BookingView booking, MoveBookingForm form, Model model) {
		model.addAttribute("moving", booking);
		model.addAttribute("move", form);
		model.addAttribute("changeable", this.bookings.changeable(booking));
		model.addAttribute("noticeHours", this.bookings.notice().toHours());
		model.addAttribute("therapist", this.staff.find(form.getTherapistId())
			.orElseThrow(() -> new NotFoundException("Therapist", form.getTherapistId())));
		model.addAttribute("phoneLines", this.picker.phoneLines());
		return "portal/confirm";
	}

	private String cancelPage(BookingView booking, Model model) {
		model.addAttribute("cancelling", booking);
		model.addAttribute("changeable", this.bookings.changeable(booking));
		model.addAttribute("noticeHours", this.bookings.notice().toHours());
		model.addAttribute("phoneLines", this.picker.phoneLines());
		return "portal/confirm";
	}

}
