package com.holdspace.booking;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.holdspace.shared.ClinicTime;

/**
 * The desk's list of what clients booked themselves online: first the new clients' times still
 * waiting for the emailed link, then the rest to come. For everyone who works the calendar
 * (SecurityConfig: {@code /bookings/**}).
 */
@Controller
class OnlineBookingsController {

	/** Enough for a clinic's weeks ahead; the calendar shows every one of them in place as well. */
	private static final int SHOWN = 100;

	private final BookingViews views;

	private final ClinicTime clinicTime;

	OnlineBookingsController(BookingViews views, ClinicTime clinicTime) {
		this.views = views;
		this.clinicTime = clinicTime;
	}

	@GetMapping("/bookings/online")
	String list(Model model) {
		List<BookingView> online = this.views.upcomingOnline(this.clinicTime.clock().instant(), SHOWN);
		model.addAttribute("unconfirmed", online.stream().filter(BookingView::isUnconfirmed).toList());
		model.addAttribute("confirmed", online.stream().filter(booking -> !booking.isUnconfirmed()).toList());
		return "booking/online";
	}

}
