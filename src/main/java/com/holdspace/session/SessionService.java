package com.holdspace.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.holdspace.booking.Actor;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingViews;
import com.holdspace.client.ClientService;
import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentService;
import com.holdspace.intake.BodyRegion;
import com.holdspace.intake.ClinicalHolds;
import com.holdspace.intake.ClinicalPicture;
import com.holdspace.intake.IntakeService;
import com.holdspace.intake.RegionState;
import com.holdspace.shared.CareRelationship;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.NotYoursException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * Starting, writing, signing and amending session records. The rules of the practice are kept
 * here, where a tap cannot get round them: no session without an intake, valid consent and no
 * refer-and-pause hold; no touch before consent is re-confirmed, on a region to avoid, or deeper
 * than the client's holds allow; nothing changed once signed.
 */
@NamedInterface("api")
@Service
@Transactional
public class SessionService {

	private final SessionRecordRepository records;

	private final SessionEntryRepository entries;

	private final SessionAmendmentRepository amendments;

	private final BookingService bookings;

	private final BookingViews bookingViews;

	private final ClientService clients;

	private final IntakeService intake;

	private final ClinicalHolds holds;

	private final ConsentService consent;

	private final JdbcTemplate jdbc;

	private final ClinicTime clinicTime;

	private final Clock clock;

	private final CareRelationship care;

	SessionService(SessionRecordRepository records, SessionEntryRepository entries,
			SessionAmendmentRepository amendments, BookingService bookings, BookingViews bookingViews,
			ClientService clients, IntakeService intake, ClinicalHolds holds, ConsentService consent, JdbcTemplate jdbc,
			ClinicTime clinicTime, CareRelationship care) {
		this.care = care;
		this.records = records;
		this.entries = entries;
		this.amendments = amendments;
		this.bookings = bookings;
		this.bookingViews = bookingViews;
		this.clients = clients;
		this.intake = intake;
		this.holds = holds;
		this.consent = consent;
		this.jdbc = jdbc;
		this.clinicTime = clinicTime;
		this.clock = clinicTime.clock();
	}

	/**
	 * Starts the record of a booked session (on its day, by its therapist, who checks the client in)
	 * or of a walk-in, for a client already in the therapist's care (the client page offers it only
	 * then; for anyone else's client it is not there). A double tap, or a second device, opens the record the first one started.
	 * Each step commits on its own, so two devices starting at once both end on the one record.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SessionRecord start(Long bookingId, Long walkInClientId, UUID token, HoldspaceUser user) {
		if (user.getRole() != Role.THERAPIST) {
			throw new AccessDeniedException("A session is started by the therapist who gives it");
		}
		var already = this.records.findByCreationToken(token);
		if (already.isPresent()) {
			return already.get();
		}
		if (bookingId != null) {
			return startBooked(bookingId, token, user);
		}
		if (walkInClientId == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A session starts from a booking or for a client");
		}
		this.clients.get(walkInClientId);
		if (!this.care.cares(user.getAccountId(), walkInClientId)) {
			throw new NotYoursException("Client to see as a walk-in", walkInClientId);
		}
		refuseUnlessReady(walkInClientId);
		return insert(new SessionRecord(token, walkInClientId, null, user.getAccountId(), user.getDisplayName(), now(),
				null));
	}

	private SessionRecord startBooked(long bookingId, UUID token, HoldspaceUser user) {
		BookingView booking = this.bookingViews.view(bookingId);
		if (booking.therapistId() != user.getAccountId()) {
			throw new NotYoursException("Booking to start", bookingId);
		}
		var started = this.records.findByBookingId(bookingId);
		if (started.isPresent()) {
			return started.get();
		}
		if (booking.status() == BookingStatus.CANCELLED || booking.status() == BookingStatus.NO_SHOW) {
			throw Refused.because("session.refused.booking." + booking.status());
		}
		if (!this.clinicTime.day(booking.startsAt()).equals(today())) {
			throw Refused.because("session.refused.notToday");
		}
		refuseUnlessReady(booking.clientId());
		if (booking.status() == BookingStatus.BOOKED) {
			checkIn(booking, user);
		}
		int booked = (int) Duration.between(booking.startsAt(), booking.endsAt()).toMinutes();
		return insert(new SessionRecord(token, booking.clientId(), bookingId, user.getAccountId(),
				user.getDisplayName(), now(), booked));
	}

	/** Checks the client in; the desk doing the same at this moment is as good. */
	private void checkIn(BookingView booking, HoldspaceUser user) {
		try {
			this.bookings.checkIn(booking.id(), booking.version(), Actor.of(user));
		}
		catch (StaleEditException changedMeanwhile) {
			BookingStatus now = this.bookingViews.view(booking.id()).status();
			if (now != BookingStatus.CHECKED_IN) {
				throw Refused.because("session.refused.booking." + now);
			}
		}
	}

	/** The record, or the one a second device or a double tap started a moment before. */
	private SessionRecord insert(SessionRecord record) {
		try {
			return this.records.saveAndFlush(record);
		}
		catch (DataIntegrityViolationException startedMeanwhile) {
			return this.records.findByCreationToken(record.getCreationToken())
				.or(() -> (record.getBookingId() != null) ? this.records.findByBookingId(record.getBookingId())
						: java.util.Optional.empty())
				.orElseThrow(() -> startedMeanwhile);
		}
	}

	/** Every reason the session cannot start, so the therapist sees them all at once. */
	private void refuseUnlessReady(long clientId) {
		List<String> reasons = new ArrayList<>();
		if (!this.intake.statusOf(clientId).isComplete()) {
			reasons.add("session.refused.intake");
		}
		if (this.holds.somaticWorkPaused(clientId)) {
			reasons.add("session.refused.paused");
		}
		var treatment = this.consent.status(clientId, ConsentKind.TREATMENT);
		if (!treatment.isValid()) {
			reasons.add("session.refused.consent." + treatment.state());
		}
		if (!reasons.isEmpty()) {
			throw Refused.because(reasons);
		}
	}

	/**
	 * Keeps what was typed. A device that saw another version is refused unless it chooses to
	 * overwrite, so two devices never silently overwrite each other.
	 */
	public SavedNotes write(long sessionId, SessionNotesForm notes, boolean overwrite, HoldspaceUser user) {
		return step(sessionId, notes, overwrite, user, record -> {
		});
	}

	/**
	 * The client re-confirmed, today, consent to touch, their stop signal and the areas to avoid; at
	 * a booked session it is also recorded as verbal consent given for that booking. During the
	 * check-in it is sent with what was typed; after it, it is only the time, and the notes being
	 * typed on the page are left as they are.
	 */
	public SavedNotes reconfirmConsent(long sessionId, SessionNotesForm notes, HoldspaceUser user) {
		SessionRecord record = writable(sessionId, user);
		if (record.getBookingId() != null) {
			// the booking shows that consent was given again, aloud, before this session
			this.consent.recordVerbalForBooking(record.getClientId(), record.getBookingId(),
					this.clients.get(record.getClientId()).legalName(), user.getAccountId(), user.getDisplayName());
		}
		if (record.isCheckedIn()) {
			this.jdbc.update("""
					update session_record set consent_reconfirmed_at = ?
					where id = ? and consent_reconfirmed_at is null and signed_at is null""",
					java.sql.Timestamp.from(now()), sessionId);
			return new SavedNotes(now(), record.getVersion());
		}
		return step(sessionId, notes, false, user, checkedIn -> checkedIn.reconfirmConsent(now()));
	}

	/**
	 * Completes the check-in with validated answers. A yes to new flashbacks or to thoughts of
	 * harming themselves pauses somatic work at once, as the intake would.
	 */
	public SavedNotes completeCheckIn(long sessionId, SessionNotesForm notes, HoldspaceUser user) {
		SavedNotes saved = step(sessionId, notes, false, user, record -> record.completeCheckIn(now()));
		SessionRecord record = find(sessionId);
		this.holds.raiseFromCheckIn(record.getClientId(), sessionId, Boolean.TRUE.equals(record.getNewFlashbacks()),
				Boolean.TRUE.equals(record.getHarmThoughts()), user.getAccountId(), user.getDisplayName());
		return saved;
	}

	/** Signs the record with validated notes; from then on it is only ever amended. */
	public SavedNotes sign(long sessionId, SessionNotesForm notes, HoldspaceUser user) {
		return step(sessionId, notes, false, user,
				record -> record.sign(user.getAccountId(), user.getDisplayName(), now(), today()));
	}

	/** Writes what was typed, then takes the step, in one save. */
	private SavedNotes step(long sessionId, SessionNotesForm notes, boolean overwrite, HoldspaceUser user,
			java.util.function.Consumer<SessionRecord> then) {
		SessionRecord record = writable(sessionId, user);
		if (!overwrite && (notes.getVersion() == null || notes.getVersion() != record.getVersion())) {
			throw new StaleSessionException(record.getUpdatedAt(), record.getNotesSavedByName());
		}
		record.write(notes.getPhase(), notes.checkIn(), notes.notes(), user.getDisplayName());
		then.accept(record);
		return save(record);
	}

	/**
	 * Records one tap during the session. Taps for one session are taken one at a time, so a block
	 * of touch never slips in beside the stop signal. Touch waits for consent re-confirmed today and
	 * still valid, stops while somatic work is paused or the session's own safety rules hold it
	 * (see {@link SessionSafety}), keeps off every region to avoid or withdrawn, stays out of firm
	 * pressure and deep work while the client's holds or today's answers rule them out, and never
	 * adds up to more than the booked time and the minutes over it that were recorded.
	 */
	public void log(long sessionId, EntryKind kind, EntryForm entry, HoldspaceUser user) {
		SessionRecord record = writable(sessionId, user);
		if (!record.isCheckedIn()) {
			throw Refused.because("session.refused.checkInFirst");
		}
		requireAnswers(kind, entry);
		SessionSafety safety = lockedSafety(sessionId);
		if (kind == EntryKind.TOUCH) {
			checkTouch(record, entry, safety);
		}
		if (kind == EntryKind.RETURNED && !safety.withdrawn().contains(entry.getRegion())) {
			throw Refused.because("session.refused.notWithdrawn");
		}
		ContinueAnswer answer = (kind == EntryKind.RESPONSE
				&& entry.getAction() == TherapistAction.ASKED_WHETHER_TO_CONTINUE) ? entry.getAnswer() : null;
		insertEntry(sessionId, entry.getToken(), kind, entry, answer, null, user);
	}

	/** The session's safety so far, read after taking its lock: one tap at a time per session. */
	private SessionSafety lockedSafety(long sessionId) {
		this.jdbc.queryForObject("select id from session_record where id = ? for no key update", Long.class, sessionId);
		return SessionSafety.of(this.entries.findBySessionIdOrderByOccurredAtAscIdAsc(sessionId));
	}

	private void insertEntry(long sessionId, UUID token, EntryKind kind, EntryForm entry, ContinueAnswer answer,
			Long corrects, HoldspaceUser user) {
		this.jdbc.update("""
				insert into session_entry (session_id, token, kind, occurred_at, region, technique, pressure, minutes,
				    event, action, answer, corrects_entry_id, words, recorded_by, recorded_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""", sessionId, token, kind.name(), java.sql.Timestamp.from(now()),
				name(entry.getRegion()), name(entry.getTechnique()), name(entry.getPressure()), entry.getMinutes(),
				name(entry.getEvent()), name(entry.getAction()), name(answer), corrects,
				SessionEntryText.seal(blankToNull(entry.getWords())), user.getAccountId(), user.getDisplayName());
	}

	private static void requireAnswers(EntryKind kind, EntryForm entry) {
		List<String> missing = new ArrayList<>();
		switch (kind) {
			case TOUCH -> {
				when(entry.getRegion() == null, missing, "session.error.region");
				when(entry.getTechnique() == null, missing, "session.error.technique");
				when(entry.getPressure() == null, missing, "session.error.pressure");
				when(entry.getMinutes() == null, missing, "session.error.minutes");
			}
			case PAUSE -> when(blankToNull(entry.getWords()) == null, missing, "session.error.pauseWhy");
			case EVENT -> when(entry.getEvent() == null, missing, "session.error.event");
			case RESPONSE -> {
				when(entry.getAction() == null, missing, "session.error.action");
				when(entry.getAction() == TherapistAction.ASKED_WHETHER_TO_CONTINUE && entry.getAnswer() == null,
						missing, "session.error.answer");
			}
			case WORDS -> when(blankToNull(entry.getWords()) == null, missing, "session.error.words");
			case WITHDRAWAL -> when(entry.getRegion() == null, missing, "session.error.region");
			case RETURNED -> {
				when(entry.getRegion() == null, missing, "session.error.region");
				when(blankToNull(entry.getWords()) == null, missing, "session.error.returnedWords");
			}
			// a strike-out is made by striking an entry out, never sent as a tap of its own
			case STRUCK -> missing.add("session.error.entry");
		}
		if (!missing.isEmpty()) {
			throw Refused.because(missing);
		}
	}

	private void checkTouch(SessionRecord record, EntryForm entry, SessionSafety safety) {
		if (!record.isConsentReconfirmed()) {
			throw Refused.because("session.refused.consentToday");
		}
		var treatment = this.consent.status(record.getClientId(), ConsentKind.TREATMENT);
		if (!treatment.isValid()) {
			throw Refused.because("session.refused.consentNow." + treatment.state());
		}
		ClinicalPicture picture = this.intake.picture(record.getClientId(), sessionDay(record));
		if (picture.isSomaticWorkPaused()) {
			throw Refused.because("session.refused.paused");
		}
		safety.touchRefusal(entry.getPressure()).ifPresent(reason -> {
			throw Refused.because(reason);
		});
		var map = picture.bodyMap(safety.withdrawn());
		if (map.get(entry.getRegion()).getState() == RegionState.AVOID) {
			throw Refused.because("session.refused.avoid");
		}
		boolean deep = entry.getTechnique().isDeep() || entry.getPressure() == BlockPressure.FIRM;
		if (deep && (picture.isDeepWorkRuledOut() || record.isDeepWorkRuledOutToday())) {
			throw Refused.because("session.refused.deep");
		}
		if (record.getBookedMinutes() != null) {
			int allowed = record.getBookedMinutes() + ((record.getMinutesOver() != null) ? record.getMinutesOver() : 0);
			if (safety.touchMinutes() + entry.getMinutes() > allowed) {
				throw Refused.because("session.refused.overTime");
			}
		}
	}

	/** Regions the client withdrew during this session and has not allowed again: avoided for the rest of it. */
	@Transactional(readOnly = true)
	Set<BodyRegion> withdrawnRegions(long sessionId) {
		return SessionSafety.of(this.entries.findBySessionIdOrderByOccurredAtAscIdAsc(sessionId)).withdrawn();
	}

	/**
	 * Strikes out a mistaken tap, until the record is signed: the tap stays in the record, struck
	 * out, beside the entry that struck it. A tap that set a safety rule going cannot be struck out
	 * (see {@link SessionSafety#mayStrike}); the same strike twice strikes once.
	 */
	public void strike(long sessionId, long entryId, HoldspaceUser user) {
		writable(sessionId, user);
		SessionSafety safety = lockedSafety(sessionId);
		SessionEntry target = safety.standing()
			.stream()
			.filter(entry -> entry.getId() == entryId)
			.findFirst()
			.orElse(null);
		if (target == null) {
			if (this.entries.findById(entryId).filter(entry -> entry.getSessionId() == sessionId).isPresent()) {
				return; // struck out already, by this tap a moment ago or by another device
			}
			throw new NotFoundException("Session entry", entryId);
		}
		if (!safety.mayStrike(target)) {
			throw Refused.because("session.refused.cannotStrike");
		}
		insertEntry(sessionId, UUID.nameUUIDFromBytes(("struck:" + entryId).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				EntryKind.STRUCK, new EntryForm(), null, entryId, user);
	}

	/**
	 * Adds to a signed record; the original stays as it was. The same token twice adds once, even
	 * when both arrive at the same moment.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SessionAmendment amend(long sessionId, AmendmentForm form, HoldspaceUser user) {
		SessionRecord record = find(sessionId);
		SessionAccess.requireMayAmend(user, record);
		if (!record.isSigned()) {
			throw Refused.because("session.refused.notSigned");
		}
		var already = this.amendments.findBySessionIdAndToken(sessionId, form.getToken());
		if (already.isPresent()) {
			return already.get();
		}
		try {
			return this.amendments.saveAndFlush(new SessionAmendment(sessionId, form.getToken(),
					form.getReason().strip(), form.getBody().strip(), user.getAccountId(), user.getDisplayName(), now()));
		}
		catch (DataIntegrityViolationException sameTapMeanwhile) {
			return this.amendments.findBySessionIdAndToken(sessionId, form.getToken()).orElseThrow(() -> sameTapMeanwhile);
		}
	}

	@Transactional(readOnly = true)
	SessionRecord find(long sessionId) {
		return this.records.findById(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
	}

	/** The record as other modules see it; refuses an id that is no session's. */
	@Transactional(readOnly = true)
	public SessionView view(long sessionId) {
		return find(sessionId).view();
	}

	/** The record of a booking, if its session has started. */
	@Transactional(readOnly = true)
	java.util.Optional<SessionRecord> forBooking(long bookingId) {
		return this.records.findByBookingId(bookingId);
	}

	LocalDate sessionDay(SessionRecord record) {
		return this.clinicTime.day(record.getStartedAt());
	}

	private SessionRecord writable(long sessionId, HoldspaceUser user) {
		SessionRecord record = find(sessionId);
		SessionAccess.requireTreating(user, record);
		if (record.isSigned()) {
			throw new SessionLockedException(sessionId);
		}
		return record;
	}

	private SavedNotes save(SessionRecord record) {
		try {
			SessionRecord saved = this.records.saveAndFlush(record);
			return new SavedNotes(now(), saved.getVersion());
		}
		catch (ObjectOptimisticLockingFailureException meanwhile) {
			throw new StaleSessionException(now(), null);
		}
	}

	/** When notes were saved, and the record's version from then on. */
	public record SavedNotes(Instant savedAt, int version) {
	}

	private static void when(boolean missing, List<String> reasons, String reason) {
		if (missing) {
			reasons.add(reason);
		}
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
