package com.holdspace.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.booking.BookingViews;
import com.holdspace.booking.BookingView;
import com.holdspace.client.ClientView;
import com.holdspace.client.ClientService;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentService;
import com.holdspace.consent.ConsentStatus;
import com.holdspace.consent.GivenConsent;
import com.holdspace.intake.BodyRegion;
import com.holdspace.intake.ClinicalPicture;
import com.holdspace.intake.IntakeService;
import com.holdspace.intake.RegionAnswer;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.ClinicTime;

/**
 * Everything the session page shows, read in one read-only transaction with a fixed number of
 * statements however many taps the session has.
 */
@Service
@Transactional(readOnly = true)
public class SessionPages {

	private final SessionService sessions;

	private final SessionEntryRepository entries;

	private final SessionAmendmentRepository amendments;

	private final ClientService clients;

	private final BookingViews bookings;

	private final IntakeService intake;

	private final ClinicSettings clinicSettings;

	private final ClinicTime clinicTime;

	private final List<SessionPanel> panels;

	private final ConsentService consent;

	SessionPages(SessionService sessions, SessionEntryRepository entries, SessionAmendmentRepository amendments,
			ClientService clients, BookingViews bookings, IntakeService intake, ClinicSettings clinicSettings,
			ClinicTime clinicTime, List<SessionPanel> panels, ConsentService consent) {
		this.consent = consent;
		this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(SessionPanel::order)).toList();
		this.sessions = sessions;
		this.entries = entries;
		this.amendments = amendments;
		this.clients = clients;
		this.bookings = bookings;
		this.intake = intake;
		this.clinicSettings = clinicSettings;
		this.clinicTime = clinicTime;
	}

	/**
	 * The session page as this viewer may see it: admin reads every record, a therapist those of the
	 * clients in their care (the care check has let this request through already).
	 */
	public SessionPage page(long sessionId, HoldspaceUser viewer) {
		SessionAccess.requireClinical(viewer);
		SessionRecord record = this.sessions.find(sessionId);
		List<SessionEntry> taps = this.entries.findBySessionIdOrderByOccurredAtAscIdAsc(sessionId);
		SessionSafety safety = SessionSafety.of(taps);
		Set<BodyRegion> withdrawn = safety.withdrawn();
		// a strike-out shows as the struck tap, struck through, not as a line of its own
		List<SessionEntry> shown = taps.stream().filter(tap -> tap.getKind() != EntryKind.STRUCK).toList();
		Map<Long, Instant> struckAt = taps.stream()
			.filter(tap -> tap.getKind() == EntryKind.STRUCK)
			.collect(Collectors.toMap(SessionEntry::getCorrectsEntryId, SessionEntry::getOccurredAt, (a, b) -> a));
		LocalDate day = this.sessions.sessionDay(record);
		ClinicalPicture picture = this.intake.picture(record.getClientId(), day);
		BookingView booking = (record.getBookingId() != null) ? this.bookings.view(record.getBookingId()) : null;
		ClientView client = this.clients.get(record.getClientId());
		boolean urgent = picture.holds().stream().anyMatch(hold -> hold.isUrgent());
		boolean writable = SessionAccess.isTreating(viewer, record) && !record.isSigned();
		ConsentStatus treatment = writable ? this.consent.status(record.getClientId(), ConsentKind.TREATMENT) : null;
		return new SessionPage(record, client, booking, picture, picture.bodyMap(withdrawn), withdrawn, shown,
				safety, struckAt, treatment,
				this.amendments.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId),
				writable,
				SessionAccess.mayAmend(viewer, record) && record.isSigned(),
				picture.isDeepWorkRuledOut() || record.isDeepWorkRuledOutToday(),
				urgent ? this.clinicSettings.crisisContacts() : null, minutesOver(record),
				this.panels.stream().flatMap(panel -> panel.panelFor(record.view(), viewer).stream()).toList());
	}

	/** What a booking's page shows clinical staff: the picture on the session's day and its record, if started. */
	public BookingRead forBooking(BookingView booking, LocalDate day) {
		return new BookingRead(this.intake.picture(booking.clientId(), day),
				this.sessions.forBooking(booking.id()).orElse(null),
				this.consent.verbalForBooking(booking.id()).orElse(null));
	}

	/** A booking's clinical side: the picture on its day, its record if started, consent given for it. */
	public record BookingRead(ClinicalPicture picture, SessionRecord record, GivenConsent consentGiven) {
	}

	/** Minutes past the booked length by now, as a starting point for the therapist's own figure. */
	private Integer minutesOver(SessionRecord record) {
		if (record.getBookedMinutes() == null || record.isSigned()) {
			return null;
		}
		Instant bookedEnd = record.getStartedAt().plus(Duration.ofMinutes(record.getBookedMinutes()));
		long over = Duration.between(bookedEnd, this.clinicTime.clock().instant()).toMinutes();
		return (int) Math.max(0, Math.min(240, over));
	}

	/**
	 * One session page.
	 *
	 * @param writable the viewer is the treating therapist and the record is not signed yet
	 * @param safety what the session so far allows next
	 * @param struckAt when each struck-out tap was struck out, by its id
	 * @param treatmentConsent the client's treatment consent now, while the record is being written
	 * @param amendable the record is signed and the viewer may add to it
	 * @param deepRuledOut deep tissue work is ruled out by a hold or by today's answers
	 * @param crisisContacts the clinic's crisis lines, when a disclosure calls for them
	 * @param suggestedMinutesOver minutes past the booked end by now, for a booked session
	 * @param panels what other features add to the page (the aftercare plan)
	 */
	public record SessionPage(SessionRecord record, ClientView client, BookingView booking, ClinicalPicture picture,
			Map<BodyRegion, RegionAnswer> bodyMap, Set<BodyRegion> withdrawn, List<SessionEntry> entries,
			SessionSafety safety, Map<Long, Instant> struckAt, ConsentStatus treatmentConsent,
			List<SessionAmendment> amendments, boolean writable, boolean amendable, boolean deepRuledOut,
			String crisisContacts, Integer suggestedMinutesOver, List<SessionPanel.Panel> panels) {

		/** How often each event happened, in the order of the list of events. */
		public Map<ReleaseEvent, Long> eventCounts() {
			Map<ReleaseEvent, Long> counts = new EnumMap<>(ReleaseEvent.class);
			this.entries.stream()
				.filter(entry -> entry.getKind() == EntryKind.EVENT && !this.safety.isStruck(entry))
				.forEach(entry -> counts.merge(entry.getEvent(), 1L, Long::sum));
			return counts;
		}

		public int touchMinutes() {
			return this.safety.touchMinutes();
		}

		/** A prompt to pause and ask how it feels, at the cadence the client chose at intake, if one is due. */
		public String feedbackPrompt() {
			if (!this.writable || this.picture.answers() == null) {
				return null;
			}
			return this.safety.feedbackDue(this.picture.answers().getCheckInFrequency(), this.record.getBookedMinutes())
				.orElse(null);
		}

		/** Touch may not go on while treatment consent is withdrawn, expired or otherwise not valid. */
		public boolean consentLost() {
			return this.treatmentConsent != null && !this.treatmentConsent.isValid();
		}

	}

}
