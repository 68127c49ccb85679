package com.holdspace.records;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.holdspace.Fixtures;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.aftercare.AftercareService;
import com.holdspace.aftercare.CheckInForm;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.session.AmendmentForm;
import com.holdspace.session.EntryForm;
import com.holdspace.session.EntryKind;
import com.holdspace.session.ReleaseEvent;
import com.holdspace.session.SessionFixtures;
import com.holdspace.session.SessionNotesForm;
import com.holdspace.session.SessionRecord;
import com.holdspace.session.SessionService;
import com.holdspace.shared.FieldCipher;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;
import com.holdspace.intake.BodyRegion;

/**
 * Clients with a whole record to read: one with something in every section, made through the
 * services as the clinic would make it, and one with many signed sessions, made in a few set-based
 * statements as the benchmark's seed does.
 */
@Component
class RecordFixtures {

	private final Fixtures fixtures;

	private final SessionFixtures sessions;

	private final IntakeFixtures intakes;

	private final ConsentFixtures consents;

	private final AftercareFixtures aftercare;

	private final AftercareService aftercareService;

	private final SessionService sessionService;

	private final JdbcTemplate jdbc;

	RecordFixtures(Fixtures fixtures, SessionFixtures sessions, IntakeFixtures intakes, ConsentFixtures consents,
			AftercareFixtures aftercare, AftercareService aftercareService, SessionService sessionService,
			JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.sessions = sessions;
		this.intakes = intakes;
		this.consents = consents;
		this.aftercare = aftercare;
		this.aftercareService = aftercareService;
		this.sessionService = sessionService;
		this.jdbc = jdbc;
	}

	/** What {@link #wholeRecord()} made, to look for in what is read back. */
	record Whole(long clientId, long therapistId, long bookingId, long holdId, long providerConsentId, long sessionId,
			long planId) {
	}

	/**
	 * A client with two intake versions (the second discloses flashbacks), the refer-and-pause hold it
	 * raised, referred and cleared by two therapists, treatment consent and a consent to talk with
	 * their provider, withdrawn; a booking next week; a signed walk-in with taps (one struck out), an
	 * amendment and a plan handed over, on which the client checked in.
	 */
	Whole wholeRecord() {
		var setting = this.sessions.readyClientBooked();
		long clientId = setting.clientId();
		this.intakes.completeWithReferAndPause(clientId, setting.therapistId());
		long clearer = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		long holdId = this.intakes.referAndClear(clientId, setting.therapistId(), clearer);
		long providerConsent = this.consents.signProviderCommunication(clientId, setting.therapistId());
		this.consents.withdraw(clientId, providerConsent, setting.therapistId());

		HoldspaceUser therapist = this.sessions.user(setting.therapistLogin());
		SessionRecord record = this.sessionService.start(null, clientId, UUID.randomUUID(), therapist);
		long sessionId = record.getId();
		var notes = new SessionNotesForm();
		notes.setVersion(record.getVersion());
		notes.setPhase(SessionRecord.Phase.CHECK_IN);
		notes.setTensionBefore(7);
		notes.setArrival("Tight chest after a hard week");
		notes.setAlcoholOrDrugsToday(false);
		notes.setNewFlashbacks(false);
		notes.setHarmThoughts(false);
		notes.setHadWater(true);
		notes.setBreathingOffered(true);
		var saved = this.sessionService.completeCheckIn(sessionId, notes, therapist);
		tap(sessionId, EntryKind.EVENT, entry -> entry.setEvent(ReleaseEvent.CRYING), therapist);
		tap(sessionId, EntryKind.WORDS, entry -> {
			entry.setWords("warmth spreading across my back");
			entry.setRegion(BodyRegion.UPPER_BACK);
		}, therapist);
		tap(sessionId, EntryKind.WITHDRAWAL, entry -> entry.setRegion(BodyRegion.CHEST), therapist);
		tap(sessionId, EntryKind.EVENT, entry -> entry.setEvent(ReleaseEvent.WARMTH), therapist);
		long mistaken = this.jdbc.queryForObject(
				"select id from session_entry where session_id = ? and event = 'WARMTH'", Long.class, sessionId);
		this.sessionService.strike(sessionId, mistaken, therapist);
		notes.setVersion(saved.version());
		notes.setPhase(SessionRecord.Phase.NOTES);
		notes.setGroundingDone(true);
		notes.setGrounding("Feet on the floor, three slow breaths");
		notes.setTensionAfter(3);
		notes.setSubjective("Said the chest felt lighter");
		notes.setObjective("Shoulders dropped during the second block");
		notes.setAssessment("Responds well to slow titration");
		notes.setPlan("Same approach in two weeks");
		this.sessionService.sign(sessionId, notes, therapist);
		var amendment = new AmendmentForm();
		amendment.setReason("Left out at signing");
		amendment.setBody("The client asked for the window to be opened at the start.");
		this.sessionService.amend(sessionId, amendment, therapist);

		var client = new AftercareFixtures.Client(clientId, setting.therapistLogin());
		long planId = this.aftercare.handOver(client, sessionId, "Rest this evening and drink water",
				TestClock.today().plusWeeks(1));
		var checkIn = new CheckInForm();
		checkIn.setFeeling(4);
		checkIn.setWords("Slept well, a little tearful in the morning");
		this.aftercareService.checkIn(clientId, planId, checkIn);
		return new Whole(clientId, setting.therapistId(), setting.bookingId(), holdId, providerConsent, sessionId,
				planId);
	}

	private void tap(long sessionId, EntryKind kind, java.util.function.Consumer<EntryForm> fill,
			HoldspaceUser therapist) {
		var entry = new EntryForm();
		entry.setToken(UUID.randomUUID());
		fill.accept(entry);
		this.sessionService.log(sessionId, kind, entry, therapist);
	}

	/**
	 * Adds {@code count} signed sessions to the client, a week apart and ending a week before now, each
	 * with its notes ("Session n of count" in the subjective) and three taps, in a few set-based
	 * statements; answers the first session's start.
	 */
	Instant signedSessions(long clientId, long therapistId, int count) {
		Instant first = TestClock.current().truncatedTo(ChronoUnit.HOURS).minus(7L * (count + 1), ChronoUnit.DAYS);
		String[] subjective = new String[count];
		String[] objective = new String[count];
		for (int i = 0; i < count; i++) {
			subjective[i] = FieldCipher.get().encrypt("Session " + (i + 1) + " of " + count
					+ ": the client spoke of the week and of tightness across the shoulders.", "session_record");
			objective[i] = FieldCipher.get().encrypt("Upper back softened under slow myofascial work; breathing "
					+ "deepened after the second block, session " + (i + 1) + ".", "session_record");
		}
		String assessment = FieldCipher.get().encrypt("Settles with titration; no signs of dissociation.",
				"session_record");
		String plan = FieldCipher.get().encrypt("Continue fortnightly, same pace.", "session_record");
		String words = FieldCipher.get().encrypt("It feels like letting go", "session_entry");
		this.jdbc.update("""
				insert into session_record (client_id, therapist_id, therapist_name, creation_token, started_at,
				    booked_minutes, consent_reconfirmed_at, tension_before, alcohol_or_drugs_today, new_flashbacks,
				    harm_thoughts, had_water, breathing_offered, checked_in_at, notes_saved_by_name, created_at, updated_at)
				select ?, a.id, a.display_name, gen_random_uuid(), s.starts_at, 60, s.starts_at, 4 + n % 5, false, false,
				       false, true, true, s.starts_at + interval '5 minutes', a.display_name, s.starts_at, s.starts_at
				from account a
				cross join generate_series(0, ? - 1) n
				cross join lateral (select ?::timestamptz + make_interval(days => 7 * n) as starts_at) s
				where a.id = ?""", clientId, count, java.sql.Timestamp.from(first), therapistId);
		this.jdbc.update("""
				insert into session_entry (session_id, token, kind, occurred_at, region, technique, pressure, minutes,
				    event, words, recorded_by, recorded_by_name)
				select r.id, gen_random_uuid(), e.kind, r.started_at + make_interval(mins => e.minute),
				       case when e.kind = 'TOUCH' then 'UPPER_BACK' end,
				       case when e.kind = 'TOUCH' then 'MYOFASCIAL_RELEASE' end,
				       case when e.kind = 'TOUCH' then 'LIGHT' end,
				       case when e.kind = 'TOUCH' then 12 end,
				       case when e.kind = 'EVENT' then 'DEEP_BREATHING' end,
				       case when e.kind = 'WORDS' then ? end,
				       r.therapist_id, r.therapist_name
				from session_record r
				cross join (values ('TOUCH', 8), ('EVENT', 20), ('WORDS', 30)) e(kind, minute)
				where r.client_id = ? and r.signed_at is null""", words, clientId);
		this.jdbc.update("""
				update session_record r
				set grounding_done = true, tension_after = 1 + n.k % 4, minutes_over = 0,
				    subjective = (?::text[])[n.k::int], objective = (?::text[])[n.k::int], assessment = ?, plan = ?,
				    suggested_frequency = 'FORTNIGHTLY', signed_at = r.started_at + interval '75 minutes',
				    signed_by = r.therapist_id, signed_by_name = r.therapist_name
				from (select id, row_number() over (order by started_at, id) as k
				      from session_record where client_id = ? and signed_at is null) n
				where r.id = n.id""", subjective, objective, assessment, plan, clientId);
		return first;
	}

}
