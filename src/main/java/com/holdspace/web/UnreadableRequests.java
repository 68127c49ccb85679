package com.holdspace.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import com.holdspace.shared.NotYoursException;
import com.holdspace.shared.SecurityEvents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request that names what no form offers (a body region or a choice that does not exist, a
 * property path that leads nowhere) is the sender's mistake: a 400 that says so, not a 500.
 * Someone else's record is not found.
 */
@ControllerAdvice
class UnreadableRequests {

	private final SecurityEvents events;

	UnreadableRequests(SecurityEvents events) {
		this.events = events;
	}

	/** Someone else's record answers as a missing one; the audit log still sees the attempt. */
	@ExceptionHandler(NotYoursException.class)
	void notYours(NotYoursException refused, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.events.denied(request, "NotYours");
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler({ InvalidPropertyException.class, TypeMismatchException.class })
	void unknownValue(Exception refused, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean date = refused instanceof TypeMismatchException mismatch
				&& LocalDate.class.equals(mismatch.getRequiredType());
		// a date outside the clinic's range, or not a date at all (ClinicDates)
		request.setAttribute(RequestSanityFilter.PROBLEM, date ? "error.400.dateRange" : "error.400.unknownValue");
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
