package com.holdspace.session;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.TestDatabase;
import com.holdspace.intake.ClinicalHolds;
import com.holdspace.staff.Role;
import com.holdspace.shared.FieldCipher;

/**
 * A session from check-in to signature and amendment, over HTTP: the rules a tap cannot get round,
 * nothing lost between devices, and a signed record that PostgreSQL keeps as it was signed.
 */
@IntegrationTest
class SessionRecordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	ClinicalHolds holds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.holdspace.Fixtures fixtures;

	@Autowired
	com.holdspace.booking.BookingFixtures bookings;

	private SessionFixtures.Setting setting;

	private UserDetails therapist;

	private String record;

	@BeforeEach
	void aStartedSession() throws Exception {
		this.setting = this.sessions.readyClientBooked();
		this.therapist = this.sessions.login(this.setting.therapistLogin());
		this.sessions.onTheDay(this.setting);
		this.record = this.mvc.perform(post("/sessions").with(user(this.therapist))
			.with(csrf())
			.param("bookingId", String.valueOf(this.setting.bookingId()))
			.param("token", UUID.randomUUID().toString())).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void anIncompleteCheckInNamesWhatIsMissingAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString(
					"What steadies them when feelings run high: Calling my sister; a walk by the river")))
			.andExpect(content().string(containsString("A breathing exercise before touch")));
		send("/check-in", "arrival", "Tired after a long week").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tensionBefore-error\">Choose a number from 0 to 10.")))
			.andExpect(content().string(containsString("id=\"harmThoughts-error\">Please answer yes or no.")))
			.andExpect(content().string(containsString("id=\"hadWater-error\">Please answer yes or no.")))
			.andExpect(content().string(containsString("id=\"breathingOffered-error\">Say whether the breathing exercise was done.")))
			.andExpect(content().string(containsString(">Tired after a long week</textarea>")));

		assertThat(column("arrival", String.class)).isEqualTo("Tired after a long week");
		assertThat(column("checked_in_at", Object.class)).isNull();
	}

	@Test
	void thoughtsOfHarmAtCheckInPauseTheSessionAsTheIntakeWould() throws Exception {
		reconfirmConsent();
		checkIn("6", "false", "false", "true").andExpect(redirectedUrl(this.record + "#log"));

		assertThat(this.holds.somaticWorkPaused(this.setting.clientId())).isTrue();
		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("Somatic work is paused")))
			.andExpect(content().string(containsString("Crisis contacts")))
			.andExpect(content().string(containsString("Thoughts of harming themselves, said at a session")));
		touch("CHEST", "SWEDISH").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Somatic work is on hold")));
		assertThat(entries()).isZero();
	}

	@Test
	void alcoholOrDrugsTodayRuleOutDeepTissueButNotGentleWork() throws Exception {
		reconfirmConsent();
		checkIn("5", "true", "false", "false");

		touch("UPPER_BACK", "DEEP_TISSUE").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("No firm pressure or deep work today")));
		touch("UPPER_BACK", "SWEDISH").andExpect(status().isOk());
		assertThat(entries()).isOne();
	}

	@Test
	void consentReconfirmedAtABookedSessionIsVerbalConsentForThatBooking() throws Exception {
		reconfirmConsent();
		reconfirmConsent();

		assertThat(this.jdbc.queryForObject(
				"select count(*) from signed_consent where booking_id = ? and method = 'VERBAL'", Integer.class,
				this.setting.bookingId())).isOne();
		this.mvc.perform(get("/bookings/" + this.setting.bookingId()).with(user(this.therapist)))
			.andExpect(content().string(containsString("Consent re-confirmed aloud before this session")));
	}

	@Test
	void touchWaitsForConsentReconfirmedToday() throws Exception {
		checkIn("5", "false", "false", "false");

		touch("UPPER_BACK", "SWEDISH").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("re-confirmed today")));
		reconfirmConsent();
		touch("UPPER_BACK", "SWEDISH").andExpect(status().isOk());
	}

	@Test
	void regionsToAvoidStayUntouchedAndAWithdrawnRegionJoinsThem() throws Exception {
		ready();

		touch("ABDOMEN", "SWEDISH").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("That region is to be avoided today")));
		log("WITHDRAWAL", "region", "CHEST").andExpect(status().isOk())
			.andExpect(content().string(containsString("Withdrawn for the rest of the session: Chest")));
		touch("CHEST", "MYOFASCIAL_RELEASE").andExpect(status().isUnprocessableContent());
		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("data-region=\"CHEST\">Chest (withdrawn today), </span>")))
			.andExpect(content().string(containsString("data-region=\"CHEST\" aria-label=\"Chest: Avoid\"")));
	}

	@Test
	void blocksEventsAndPausesAreLoggedInOrderAndAMistakeIsUndone() throws Exception {
		ready();
		touch("UPPER_BACK", "MYOFASCIAL_RELEASE");
		log("EVENT", "event", "CRYING");
		log("RESPONSE", "action", "OFFERED_WATER_OR_TISSUES");
		log("PAUSE", "words", "Client asked for a moment");
		log("WORDS", "words", "warmth spreading across my back", "region", "UPPER_BACK");

		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("Touch: Upper back, Myofascial release, light, 5 min")))
			.andExpect(content().string(containsString(">Crying<")))
			.andExpect(content().string(containsString("Offered water or tissues")))
			.andExpect(content().string(containsString("Pause: Client asked for a moment")))
			.andExpect(content().string(containsString("\u201cwarmth spreading across my back\u201d (Upper back)")));
		long crying = this.jdbc.queryForObject("select id from session_entry where event = 'CRYING' and session_id = ?",
				Long.class, sessionId());
		this.mvc.perform(post(this.record + "/entries/" + crying + "/strike").with(user(this.therapist)).with(csrf()))
			.andExpect(redirectedUrl(this.record + "#log"));
		// struck out, not deleted: the tap stays beside the entry that struck it
		assertThat(entries()).isEqualTo(6);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from session_entry where kind = 'STRUCK' and corrects_entry_id = ?", Integer.class,
				crying)).isOne();
		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("entry-struck")))
			.andExpect(content().string(containsString("Struck out at")));
	}

	@Test
	void aDoubleTapRecordsOnce() throws Exception {
		ready();
		UUID token = UUID.randomUUID();

		quick("EVENT", token, "event", "TREMBLING");
		quick("EVENT", token, "event", "TREMBLING");

		assertThat(entries()).isOne();
	}

	@Test
	void aTapWithoutWhatItNeedsIsRefusedWithTheReason() throws Exception {
		ready();

		log("PAUSE", "words", " ").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Write why you paused.")));
		log("TOUCH", "region", "UPPER_BACK").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose the technique.")));
		assertThat(entries()).isZero();
	}

	@Test
	void twoDevicesNeverSilentlyOverwriteEachOthersNotes() throws Exception {
		ready();
		int version = column("version", Integer.class);
		draft(version, "subjective", "Typed on the tablet").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1));

		draft(version, "subjective", "Typed on the laptop").andExpect(status().isConflict())
			.andExpect(jsonPath("$.conflict").value(true));
		assertThat(column("subjective", String.class)).isEqualTo("Typed on the tablet");

		this.mvc.perform(post(this.record + "/draft").with(user(this.therapist))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("phase", "NOTES")
			.param("overwrite", "true")
			.param("subjective", "Typed on the laptop")).andExpect(status().isOk());
		assertThat(column("subjective", String.class)).isEqualTo("Typed on the laptop");
	}

	@Test
	void aCheckInStillOpenOnAnotherDeviceNeverBlanksTheNotes() throws Exception {
		int seenBeforeCheckIn = column("version", Integer.class);
		ready();
		draft(column("version", Integer.class), "plan", "Weekly, gentle").andExpect(status().isOk());

		this.mvc.perform(post(this.record + "/draft").with(user(this.therapist))
			.with(csrf())
			.param("version", String.valueOf(seenBeforeCheckIn))
			.param("phase", "CHECK_IN")
			.param("overwrite", "true")
			.param("arrival", "typed on the other tablet")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.moved").value(true));

		assertThat(column("plan", String.class)).isEqualTo("Weekly, gentle");
		assertThat(column("arrival", String.class)).isEqualTo("Tight shoulders, a busy week");
	}

	@Test
	void consentForgottenAtCheckInCanStillBeReconfirmedBeforeTouch() throws Exception {
		checkIn("5", "false", "false", "false");
		draft(column("version", Integer.class), "subjective", "Typed before the re-confirmation");
		int version = column("version", Integer.class);

		this.mvc.perform(post(this.record + "/consent").with(user(this.therapist)).with(csrf()))
			.andExpect(redirectedUrl(this.record + "#check-in"));

		assertThat(column("consent_reconfirmed_at", Object.class)).isNotNull();
		assertThat(column("version", Integer.class)).as("the notes being typed stay current").isEqualTo(version);
		assertThat(column("subjective", String.class)).isEqualTo("Typed before the re-confirmation");
		touch("UPPER_BACK", "SWEDISH").andExpect(status().isOk());
	}

	@Test
	void notesTooLongToKeepAreRefusedAndNothingIsOverwritten() throws Exception {
		ready();
		int version = column("version", Integer.class);

		draft(version, "plan", "x".repeat(4001)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalid[0].field").value("plan"))
			.andExpect(jsonPath("$.invalid[0].message").value("This is too long: please keep it to 4000 characters or fewer."));
		assertThat(column("plan", String.class)).isNull();
	}

	@Test
	void signingNeedsTheWholeRecordAndSaysWhatIsMissing() throws Exception {
		ready();

		sign("subjective", "Felt heavy in the shoulders").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tensionAfter-error\"")))
			.andExpect(content().string(containsString("id=\"plan-error\">Write this part of the notes before signing.")))
			.andExpect(content().string(containsString("id=\"confirmSign-error\">Tick to confirm before signing.")))
			.andExpect(content().string(containsString(">Felt heavy in the shoulders</textarea>")));
		assertThat(column("signed_at", Object.class)).isNull();
		assertThat(column("subjective", String.class)).isEqualTo("Felt heavy in the shoulders");
	}

	@Test
	void aSignedRecordIsLockedAndAnAmendmentIsAddedBesideTheOriginal() throws Exception {
		ready();
		touch("UPPER_BACK", "SWEDISH");
		signFully().andExpect(redirectedUrl(this.record + "#aftercare"));

		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("Signed by Test therapist")))
			.andExpect(content().string(not(containsString("id=\"notes-form\""))))
			.andExpect(content().string(not(containsString("data-quick"))));
		draft(column("version", Integer.class), "plan", "changed afterwards").andExpect(status().isConflict())
			.andExpect(jsonPath("$.signed").value(true));
		touch("UPPER_BACK", "SWEDISH").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("signed and locked")));
		assertThat(entries()).isOne();

		this.mvc.perform(post(this.record + "/amendments").with(user(this.therapist))
			.with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("reason", "Forgot to note the follow-up call")
			.param("body", "Client agreed to a call with her counsellor next week."))
			.andExpect(redirectedUrl(this.record + "#amendments"));
		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("Forgot to note the follow-up call")))
			.andExpect(content().string(containsString("Shoulders softened; breath slowed")));
	}

	@Test
	void contactingTheProviderIsATaskWithADayOnTheTherapistsCalendar() throws Exception {
		ready();
		touch("UPPER_BACK", "SWEDISH");
		sign("groundingDone", "true", "grounding", "Feet on the floor", "tensionAfter", "3", "subjective", "s",
				"objective", "o", "assessment", "a", "plan", "p", "contactProvider", "true", "confirmSign", "true")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"providerCheckInOn-error\">Give the day you will check in")));
		java.time.LocalDate nextWeek = TestClock.today().plusDays(7);
		sign("groundingDone", "true", "grounding", "Feet on the floor", "tensionAfter", "3", "subjective", "s",
				"objective", "o", "assessment", "a", "plan", "p", "contactProvider", "true", "providerCheckInOn",
				nextWeek.toString(), "confirmSign", "true")
			.andExpect(redirectedUrl(this.record + "#aftercare"));

		this.mvc.perform(get("/calendar/therapists/" + this.setting.therapistId() + "?view=day&date=" + nextWeek)
			.with(user(this.therapist)))
			.andExpect(content().string(containsString("s provider, as agreed at the session of")));
		this.mvc.perform(get("/calendar/therapists/" + this.setting.therapistId() + "?view=day&date=" + nextWeek.plusDays(1))
			.with(user(this.therapist)))
			.andExpect(content().string(not(containsString("s provider, as agreed"))));
	}

	@Test
	void postgresKeepsASignedRecordAsItWasSigned() throws Exception {
		ready();
		touch("UPPER_BACK", "SWEDISH");
		signFully();
		long id = sessionId();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update session_record set plan = 'rewritten' where id = ?", id))
			.withMessageContaining("is signed and cannot be changed");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from session_entry where session_id = ?", id))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> TestDatabase.owner().jdbc().update("delete from session_entry where session_id = ?", id))
			.withMessageContaining("never changed or deleted");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update("""
				insert into session_entry (session_id, token, kind, occurred_at, event, recorded_by, recorded_by_name)
				values (?, gen_random_uuid(), 'EVENT', now(), 'CRYING', ?, 'x')""", id, this.setting.therapistId()))
			.withMessageContaining("is signed");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from session_record where id = ?", id));
		assertThat(column("plan", String.class)).isEqualTo("Check in next week; gentle myofascial work again");
	}

	@Test
	void postgresRefusesAnAmendmentToAnUnsignedRecordAndAnyChangeToOne() throws Exception {
		ready();
		long id = sessionId();
		String insert = """
				insert into session_amendment (session_id, token, reason, body, author_id, author_name, created_at)
				values (?, gen_random_uuid(), 'r', 'b', ?, 'x', now())""";

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update(insert, id, this.setting.therapistId()))
			.withMessageContaining("only a signed record is amended");
		signFully();
		this.jdbc.update(insert, id, this.setting.therapistId());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update session_amendment set body = 'other' where session_id = ?", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from session_amendment where session_id = ?", id));
	}

	@Test
	void aColleagueWhoSharesTheClientReadsTheRecordButCannotWriteIt() throws Exception {
		ready();
		UserDetails colleague = this.sessions.staff(Role.THERAPIST);
		this.mvc.perform(get(this.record).with(user(colleague))).andExpect(status().isNotFound());
		this.bookings.inCare(this.setting.clientId(), this.fixtures.staffId(colleague.getUsername()));

		this.mvc.perform(get(this.record).with(user(colleague)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"stop-signal\"")))
			.andExpect(content().string(not(containsString("data-quick"))))
			.andExpect(content().string(not(containsString("id=\"notes-form\""))));
		this.mvc.perform(post(this.record + "/entries/EVENT").with(user(colleague))
			.with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("event", "CRYING")).andExpect(status().isNotFound());
		this.mvc.perform(post(this.record + "/draft").with(user(colleague))
			.with(csrf())
			.param("version", "99")
			.param("overwrite", "true")
			.param("plan", "not mine to write")).andExpect(status().isNotFound());
		assertThat(column("plan", String.class)).isNull();
	}

	@Test
	void theFrontDeskNeverSeesASessionRecord() throws Exception {
		ready();
		log("WORDS", "words", "a private sensation");

		this.mvc.perform(get(this.record).with(user(this.sessions.staff(Role.FRONT_DESK))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("a private sensation"))));
		this.mvc.perform(get("/clients/" + this.setting.clientId()).with(user(this.sessions.staff(Role.FRONT_DESK))))
			.andExpect(content().string(not(containsString("Sessions and progress"))))
			.andExpect(content().string(not(containsString("/sessions/"))));
	}

	private void ready() throws Exception {
		reconfirmConsent();
		checkIn("6", "false", "false", "false").andExpect(redirectedUrl(this.record + "#log"));
	}

	private void reconfirmConsent() throws Exception {
		send("/consent").andExpect(redirectedUrl(this.record + "#check-in"));
	}

	private ResultActions checkIn(String tension, String alcohol, String flashbacks, String harm) throws Exception {
		return send("/check-in", "tensionBefore", tension, "arrival", "Tight shoulders, a busy week",
				"alcoholOrDrugsToday", alcohol, "newFlashbacks", flashbacks, "harmThoughts", harm, "hadWater", "true",
				"breathingOffered", "true");
	}

	private ResultActions signFully() throws Exception {
		return sign("groundingDone", "true", "grounding", "Feet on the floor, three slow breaths", "tensionAfter", "3",
				"minutesOver", "5", "subjective", "Tightness across the shoulders", "objective",
				"Shoulders softened; breath slowed", "assessment", "Tolerated gentle work well", "plan",
				"Check in next week; gentle myofascial work again", "suggestedFrequency", "WEEKLY", "confirmSign",
				"true");
	}

	private ResultActions sign(String... fields) throws Exception {
		return send("/sign", fields);
	}

	/** Sends the page's form with the version and part the page was loaded with, as the tablet does. */
	private ResultActions send(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(this.record + path).with(user(this.therapist))
			.with(csrf())
			.param("version", String.valueOf(column("version", Integer.class)))
			.param("phase", path.equals("/sign") ? "NOTES" : "CHECK_IN");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private ResultActions draft(int version, String field, String value) throws Exception {
		return draft(version, "NOTES", field, value);
	}

	private ResultActions draft(int version, String phase, String field, String value) throws Exception {
		return this.mvc.perform(post(this.record + "/draft").with(user(this.therapist))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("phase", phase)
			.param(field, value));
	}

	private ResultActions touch(String region, String technique) throws Exception {
		return log("TOUCH", "region", region, "technique", technique, "pressure", "LIGHT", "minutes", "5");
	}

	private ResultActions log(String kind, String... fields) throws Exception {
		return quick(kind, UUID.randomUUID(), fields);
	}

	private ResultActions quick(String kind, UUID token, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(this.record + "/entries/" + kind).with(user(this.therapist))
			.with(csrf())
			.header(SessionLogController.FRAGMENT_HEADER, "timeline")
			.param("token", token.toString());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private long sessionId() {
		return Long.parseLong(this.record.substring(this.record.lastIndexOf('/') + 1));
	}

	private int entries() {
		return this.jdbc.queryForObject("select count(*) from session_entry where session_id = ?", Integer.class,
				sessionId());
	}

	/** A column as stored; the notes, stored encrypted, as the therapist wrote them. */
	private <T> T column(String name, Class<T> type) {
		T value = this.jdbc.queryForObject("select " + name + " from session_record where id = ?", type, sessionId());
		return (value instanceof String stored) ? type.cast(FieldCipher.get().decrypt(stored, "session_record")) : value;
	}

}
