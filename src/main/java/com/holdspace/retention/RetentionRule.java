package com.holdspace.retention;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How long a client's records are kept. They run from the client's last contact: the latest of
 * their last session (a session record, or a booking that took place), their last booking of any
 * kind and the day the record was opened; an adult's are kept {@code adultYears} after it. Someone
 * seen while under 18 (at their first session, or when the record was opened if that was earlier)
 * has theirs kept at least until their {@code minorAge}th birthday, whichever is later.
 * <p>
 * A birthday or anniversary on 29 February falls on 1 March in a year without one: a record is
 * kept a day longer rather than a day too short.
 *
 * @param adultYears years after the last contact
 * @param minorAge the birthday until which the record of someone seen as a minor is kept
 */
public record RetentionRule(int adultYears, int minorAge) {

	/** Under this age a client is a minor. */
	static final int ADULTHOOD = 18;

	/** Which rule set the date a record is kept until. */
	public enum Rule {

		/** Years after the last contact. */
		ADULT,

		/** Until the birthday named in the settings, for someone seen as a minor, when that is later. */
		MINOR

	}

	/**
	 * What is known of a client for the rule, each on the clinic's calendar.
	 *
	 * @param dateOfBirth their date of birth
	 * @param opened the day the record was opened
	 * @param firstSession their first session (a record or a booking that took place), or null
	 * @param lastSession their last session, or null
	 * @param lastBooking the start of their last booking of any kind, even one ahead, or null
	 */
	record Facts(LocalDate dateOfBirth, LocalDate opened, LocalDate firstSession, LocalDate lastSession,
			LocalDate lastBooking) {

		Facts {
			Objects.requireNonNull(dateOfBirth, "dateOfBirth");
			Objects.requireNonNull(opened, "opened");
		}

		/** The latest of the last session, the last booking and the day the record was opened. */
		LocalDate lastContact() {
			return Stream.of(this.opened, this.lastSession, this.lastBooking)
				.filter(Objects::nonNull)
				.max(LocalDate::compareTo)
				.orElseThrow();
		}

		/** The first time the clinic saw them: their first session, or the record's opening if earlier. */
		LocalDate firstSeen() {
			return (this.firstSession != null && this.firstSession.isBefore(this.opened)) ? this.firstSession
					: this.opened;
		}

		/** Whether they were under 18 when first seen, and so at some session (or none at all). */
		boolean seenAsMinor() {
			return firstSeen().isBefore(anniversary(this.dateOfBirth, ADULTHOOD));
		}

	}

	/**
	 * Where a record stands.
	 *
	 * @param countedFrom the last contact the years run from
	 * @param keptUntil the first day it may be disposed of
	 * @param rule the rule that set that day
	 */
	record Retention(LocalDate countedFrom, LocalDate keptUntil, Rule rule) {

		/** Whether the record's time has passed on {@code today}. */
		boolean dueOn(LocalDate today) {
			return !today.isBefore(this.keptUntil);
		}

	}

	public RetentionRule {
		if (adultYears < 1 || minorAge < ADULTHOOD) {
			throw new IllegalArgumentException("Records are kept a year at least, and a minor's until 18 at least");
		}
	}

	Retention apply(Facts facts) {
		LocalDate countedFrom = facts.lastContact();
		LocalDate adult = anniversary(countedFrom, this.adultYears);
		if (facts.seenAsMinor()) {
			LocalDate minor = anniversary(facts.dateOfBirth(), this.minorAge);
			if (minor.isAfter(adult)) {
				return new Retention(countedFrom, minor, Rule.MINOR);
			}
		}
		return new Retention(countedFrom, adult, Rule.ADULT);
	}

	/**
	 * The day {@code years} after {@code day}; from 29 February, 1 March in a year without one (the
	 * day a person born on 29 February comes of an age in such a year).
	 */
	static LocalDate anniversary(LocalDate day, int years) {
		LocalDate same = day.plusYears(years);
		if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29 && same.getDayOfMonth() == 28) {
			return same.plusDays(1);
		}
		return same;
	}

}
