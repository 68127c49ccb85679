package com.holdspace.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import com.holdspace.shared.ClinicTime;

/**
 * The dates Holdspace accepts from a page, wherever one is read (a form field, a query parameter):
 * an ISO date ({@code 2026-03-14}) from {@value #EARLIEST_YEAR} up to {@value #YEARS_AHEAD} years
 * after the clinic's today. No client was born, no session is booked and no follow-up falls outside
 * that, and a year far beyond it breaks the sums that turn a day into times (a week from a day in
 * late 9999 runs into the year 10000, which the database is not sent in a form it reads).
 * A date outside reads as a value that is not a date ({@link DateBindingConfig}): a field error next
 * to the field, keeping what was typed, or a 400 for a query parameter.
 */
@Component
public class ClinicDates {

	static final int EARLIEST_YEAR = 1900;

	static final int YEARS_AHEAD = 100;

	private static final LocalDate EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1);

	private final ClinicTime clinicTime;

	ClinicDates(ClinicTime clinicTime) {
		this.clinicTime = clinicTime;
	}

	public LocalDate earliest() {
		return EARLIEST;
	}

	/** The last date accepted: {@value #YEARS_AHEAD} years after today at the clinic. */
	public LocalDate latest() {
		return LocalDate.now(this.clinicTime.clock()).plusYears(YEARS_AHEAD);
	}

	public boolean accepts(LocalDate date) {
		return !date.isBefore(earliest()) && !date.isAfter(latest());
	}

	/**
	 * The date a page sent; an empty value never reaches here (it binds as no date).
	 * @throws DateTimeException when the text is not an ISO date, or the date is out of range
	 */
	public LocalDate parse(String text) {
		LocalDate date = LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
		if (!accepts(date)) {
			throw new DateTimeParseException("Date out of the clinic's range", text, 0);
		}
		return date;
	}

	public String print(LocalDate date) {
		return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
	}

}
