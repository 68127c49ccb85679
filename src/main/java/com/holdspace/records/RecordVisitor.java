package com.holdspace.records;

import java.util.List;

import com.holdspace.aftercare.HandedOverPlan;
import com.holdspace.booking.BookingView;
import com.holdspace.client.ClientView;
import com.holdspace.consent.ConsentRecord;
import com.holdspace.intake.HoldRecord;
import com.holdspace.intake.IntakeVersionInFull;
import com.holdspace.session.SessionRecordInFull;

/**
 * What {@link ClientRecordReader#read} hands over, section by section, in this order: details,
 * intake, consents, holds, then session records, aftercare plans and bookings a page at a time
 * (oldest first; a section with nothing in it is never called). A page is only valid during its
 * call: keep what is needed of it, not the page, so that no more than one page is ever held.
 */
public interface RecordVisitor {

	/** How much there is, before anything else: counts that may grow while the record is read. */
	default void size(RecordSize size) {
	}

	/** Who the client is: their details and emergency contacts. */
	default void details(ClientView client) {
	}

	/** Every completed intake version, oldest first. */
	default void intake(List<IntakeVersionInFull> versions) {
	}

	/** Every consent given, written or aloud, oldest first, each with its withdrawal. */
	default void consents(List<ConsentRecord> consents) {
	}

	/** Every hold, open ones first, with its reasons, referral and clearance. */
	default void holds(List<HoldRecord> holds) {
	}

	/** One page of session records in full, in the order they were started. */
	default void sessions(RecordPage<SessionRecordInFull> page) {
	}

	/** One page of aftercare plans handed over, with the client's check-ins, in the order handed over. */
	default void aftercare(RecordPage<HandedOverPlan> page) {
	}

	/** One page of bookings, cancelled ones included, earliest first. */
	default void bookings(RecordPage<BookingView> page) {
	}

}
