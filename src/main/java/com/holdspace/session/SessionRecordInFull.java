package com.holdspace.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

import com.holdspace.intake.BodyRegion;

/**
 * A session record in full, as it leaves the clinic: the check-in, every tap in order (a tap struck
 * out is kept, marked with when it was struck out), the end of the session with its SOAP notes, the
 * signature, and every amendment beside the original. A copy; the record stays in the session module.
 *
 * @param sessionTypeName the kind of session booked, or null for a walk-in
 * @param signedAt null while the record is not signed
 */
@NamedInterface("api")
public record SessionRecordInFull(long id, Long bookingId, String sessionTypeName, long therapistId,
		String therapistName, Instant startedAt, Integer bookedMinutes, CheckIn checkIn, List<Entry> entries,
		Ending ending, Instant signedAt, String signedByName, List<Amendment> amendments) {

	public SessionRecordInFull {
		entries = List.copyOf(entries);
		amendments = List.copyOf(amendments);
	}

	public boolean isSigned() {
		return this.signedAt != null;
	}

	/** The check-in: consent, stop signal and areas re-confirmed, tension, and the questions about today. */
	@NamedInterface("api")
	public record CheckIn(Instant consentReconfirmedAt, Integer tensionBefore, String arrival, Boolean hadWater,
			Boolean breathingOffered, Boolean alcoholOrDrugsToday, Boolean newFlashbacks, Boolean harmThoughts,
			Instant checkedInAt) {
	}

	/**
	 * One tap during the session, as recorded. A strike-out is not an entry of its own: the tap it
	 * struck out carries {@code struckAt}.
	 */
	@NamedInterface("api")
	public record Entry(long id, EntryKind kind, Instant occurredAt, BodyRegion region, Technique technique,
			BlockPressure pressure, Integer minutes, ReleaseEvent event, TherapistAction action, ContinueAnswer answer,
			String words, String recordedByName, Instant struckAt) {

		public boolean isStruck() {
			return this.struckAt != null;
		}

	}

	/** The end of the session: grounding, tension on leaving, the SOAP notes and recommendations. */
	@NamedInterface("api")
	public record Ending(Boolean groundingDone, String grounding, Integer tensionAfter, Integer minutesOver,
			String subjective, String objective, String assessment, String plan, boolean counsellingSuggested,
			String referral, boolean contactProvider, LocalDate providerCheckInOn, VisitFrequency suggestedFrequency,
			String savedByName) {
	}

	/** Something added to the signed record, with its reason, author and time. */
	@NamedInterface("api")
	public record Amendment(long id, String reason, String body, String authorName, Instant createdAt) {
	}

}
