package com.holdspace.session;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import com.holdspace.TestDatabase;
import com.holdspace.consent.ConsentFixtures;

/**
 * The practice's safety rules hold for the whole session, not only at its start: the stop signal,
 * signs of dissociation, "end here", "more gently", consent withdrawn, a region withdrawn and the
 * client's holds each keep touch from being logged until an entry records why they end.
 */
@IntegrationTest
class SessionSafetyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	JdbcTemplate jdbc;

	private SessionFixtures.Setting setting;

	private UserDetails therapist;

	private String record;

	@BeforeEach
	void aSessionUnderWay() throws Exception {
		this.setting = this.sessions.readyClientBooked();
		this.therapist = this.sessions.login(this.setting.therapistLogin());
		this.sessions.onTheDay(this.setting);
		this.record = this.mvc.perform(post("/sessions").with(user(this.therapist))
			.with(csrf())
			.param("bookingId", String.valueOf(this.setting.bookingId()))
			.param("token", UUID.randomUUID().toString())).andReturn().getResponse().getRedirectedUrl();
		send("/consent").andExpect(redirectedUrl(this.record + "#check-in"));
		send("/check-in", "tensionBefore", "6", "arrival", "Tight shoulders", "alcoholOrDrugsToday", "false",
				"newFlashbacks", "false", "harmThoughts", "false", "hadWater", "true", "breathingOffered", "true")
			.andExpect(redirectedUrl(this.record + "#log"));
	}

	@Test
	void afterTheStopSignalTouchWaitsUntilTheClientIsAskedAndAnswers() throws Exception {
		touch("UPPER_BACK", "FIRM").andExpect(status().isOk());
		log("EVENT", "event", "STOP_SIGNAL_USED").andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask the client whether to go on")));

		touch("UPPER_BACK", "FIRM").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ask the client whether to go on")));
		log("RESPONSE", "action", "ASKED_WHETHER_TO_CONTINUE").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tap the client&#39;s answer.")));
		log("RESPONSE", "action", "ASKED_WHETHER_TO_CONTINUE", "answer", "GO_ON").andExpect(status().isOk());
		touch("UPPER_BACK", "FIRM").andExpect(status().isOk());

		assertThat(touches()).isEqualTo(2);
		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("Asked whether to go on: Go on")));
	}

	@Test
	void stoppedWaitsForTheAnswerAndMoreGentlyRulesOutFirmPressureForTheRestOfTheSession() throws Exception {
		log("RESPONSE", "action", "STOPPED").andExpect(status().isOk());
		touch("UPPER_BACK", "LIGHT").andExpect(status().isUnprocessableContent());

		log("RESPONSE", "action", "ASKED_WHETHER_TO_CONTINUE", "answer", "GO_ON_GENTLER").andExpect(status().isOk())
			.andExpect(content().string(containsString("Going on more gently")));
		touch("UPPER_BACK", "FIRM").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("asked to go on more gently")));
		log("RESPONSE", "action", "ASKED_WHETHER_TO_CONTINUE", "answer", "GO_ON").andExpect(status().isOk());
		touch("UPPER_BACK", "FIRM").andExpect(status().isUnprocessableContent());
		touch("UPPER_BACK", "LIGHT").andExpect(status().isOk());

		assertThat(touches()).isOne();
	}

	@Test
	void endHereEndsTouchForTheSessionWhateverIsTappedAfter() throws Exception {
		log("EVENT", "event", "STOP_SIGNAL_USED");
		log("RESPONSE", "action", "ASKED_WHETHER_TO_CONTINUE", "answer", "END_HERE").andExpect(status().isOk())
			.andExpect(content().string(containsString("no more touch this session")));
		log("RESPONSE", "action", "ASKED_WHETHER_TO_CONTINUE", "answer", "GO_ON");

		touch("UPPER_BACK", "LIGHT").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The client asked to end here")));
		assertThat(touches()).isZero();
	}

	@Test
	void signsOfDissociationWaitForGroundingAndAsking() throws Exception {
		log("EVENT", "event", "DISSOCIATION_SIGNS").andExpect(status().isOk())
			.andExpect(content().string(containsString("Ground the client")));
		touch("UPPER_BACK", "LIGHT").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ground the client and ask whether to go on first")));

		log("RESPONSE", "action", "ASKED_WHETHER_TO_CONTINUE", "answer", "GO_ON");
		touch("UPPER_BACK", "LIGHT").andExpect(status().isUnprocessableContent());
		log("RESPONSE", "action", "GROUNDING");
		touch("UPPER_BACK", "LIGHT").andExpect(status().isOk());

		log("EVENT", "event", "MEMORIES_SURFACING");
		touch("UPPER_BACK", "LIGHT").andExpect(status().isUnprocessableContent());
		assertThat(touches()).isOne();
	}

	@Test
	void aPauseForFeedbackIsPromptedAtTheCadenceTheClientChoseAtIntake() throws Exception {
		// the fixture's client asked to be checked with before each new area
		touch("UPPER_BACK", "LIGHT").andExpect(status().isOk())
			.andExpect(content().string(containsString("Before the next area, pause and ask how this feels")));
		log("PAUSE", "words", "Asked how the upper back feels").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Before the next area"))));
		touch("LOWER_BACK", "LIGHT").andExpect(content().string(containsString("Before the next area")));
	}

	@Test
	void writtenConsentWithdrawnDuringTheSessionStopsTouchAndThePageSaysSo() throws Exception {
		touch("UPPER_BACK", "LIGHT").andExpect(status().isOk());
		long written = this.jdbc.queryForObject(
				"select id from signed_consent where client_id = ? and method = 'WRITTEN' order by signed_at desc limit 1",
				Long.class, this.setting.clientId());
		this.consents.withdraw(this.setting.clientId(), written, this.setting.therapistId());

		touch("UPPER_BACK", "LIGHT").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("has withdrawn their consent to treatment")));
		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("Treatment consent is no longer valid (withdrawn): no touch.")));
		assertThat(touches()).isOne();
	}

	@Test
	void withdrawingTheConsentGivenAloudWithdrawsTreatmentConsentToo() throws Exception {
		long aloud = this.jdbc.queryForObject("select id from signed_consent where booking_id = ? and method = 'VERBAL'",
				Long.class, this.setting.bookingId());
		this.consents.withdraw(this.setting.clientId(), aloud, this.setting.therapistId());

		touch("UPPER_BACK", "LIGHT").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("has withdrawn their consent to treatment")));
		this.mvc.perform(get("/clients/" + this.setting.clientId()).with(user(this.therapist)))
			.andExpect(content().string(containsString("withdrawn on")));
	}

	@Test
	void aWithdrawnRegionStaysAvoidedUntilTheClientAllowsItAgainInTheirOwnWords() throws Exception {
		log("WITHDRAWAL", "region", "UPPER_BACK").andExpect(status().isOk());
		long withdrawal = this.jdbc.queryForObject(
				"select id from session_entry where session_id = ? and kind = 'WITHDRAWAL'", Long.class, sessionId());

		strike(withdrawal).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("That entry stands")));
		touch("UPPER_BACK", "LIGHT").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("to be avoided today")));
		log("RETURNED", "region", "UPPER_BACK").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("in their words")));
		log("RETURNED", "region", "LOWER_BACK", "words", "The lower back is fine")
			.andExpect(status().isUnprocessableContent());
		log("RETURNED", "region", "UPPER_BACK", "words", "You can go back to my upper back now")
			.andExpect(status().isOk());
		touch("UPPER_BACK", "LIGHT").andExpect(status().isOk());

		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("Withdrawn for the rest of the session: Upper back")))
			.andExpect(content().string(containsString("Allowed again: Upper back, \u201cYou can go back to my upper back now\u201d")));
	}

	@Test
	void aMistakenTapIsStruckOutNotDeletedAndWhatSetARuleGoingStands() throws Exception {
		log("EVENT", "event", "CRYING");
		log("EVENT", "event", "STOP_SIGNAL_USED");
		long crying = entryId("event = 'CRYING'");
		long stop = entryId("event = 'STOP_SIGNAL_USED'");

		strike(stop).andExpect(status().isUnprocessableContent());
		strike(crying).andExpect(status().isOk());
		strike(crying).andExpect(status().isOk());

		assertThat(this.jdbc.queryForObject("select count(*) from session_entry where session_id = ?", Integer.class,
				sessionId())).isEqualTo(3);
		// the application's role may not delete an entry at all; the table's owner meets the trigger
		assertThatThrownBy(() -> this.jdbc.update("delete from session_entry where id = ?", crying))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> TestDatabase.owner().jdbc().update("delete from session_entry where id = ?", crying))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("never changed or deleted");
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into session_entry (session_id, token, kind, occurred_at, corrects_entry_id, recorded_by,
				    recorded_by_name)
				values (?, gen_random_uuid(), 'STRUCK', now(), ?, ?, 'psql')""", sessionId(), stop,
				this.setting.therapistId()))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("cannot be struck out");
		this.mvc.perform(get(this.record).with(user(this.therapist)))
			.andExpect(content().string(containsString("entry-struck")));
	}

	@Test
	void firmPressureIsRefusedWhateverTheTechniqueWhenDeepWorkIsRuledOut() throws Exception {
		this.jdbc.update("update session_record set alcohol_or_drugs_today = true where id = ?", sessionId());

		for (String technique : new String[] { "MYOFASCIAL_RELEASE", "SPORTS", "SWEDISH" }) {
			block("UPPER_BACK", technique, "FIRM", "10").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("No firm pressure or deep work today")));
		}
		block("UPPER_BACK", "SPORTS", "MODERATE", "10").andExpect(status().isOk());
		assertThat(touches()).isOne();
	}

	@Test
	void aBlockIsTwoToTwentyMinutesAndTheSessionsTouchStaysWithinItsTime() throws Exception {
		block("UPPER_BACK", "SWEDISH", "LIGHT", "180").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("2 to 20")));
		block("UPPER_BACK", "SWEDISH", "LIGHT", "1").andExpect(status().isUnprocessableContent());
		int booked = this.jdbc.queryForObject("select booked_minutes from session_record where id = ?", Integer.class,
				sessionId());
		for (int logged = 0; logged + 20 <= booked; logged += 20) {
			block("UPPER_BACK", "SWEDISH", "LIGHT", "20").andExpect(status().isOk());
		}
		int left = booked % 20;
		if (left >= 2) {
			block("UPPER_BACK", "SWEDISH", "LIGHT", String.valueOf(left)).andExpect(status().isOk());
		}

		block("UPPER_BACK", "SWEDISH", "LIGHT", "5").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("more touch than the booked time")));
		this.jdbc.update("update session_record set minutes_over = 5 where id = ?", sessionId());
		block("UPPER_BACK", "SWEDISH", "LIGHT", "5").andExpect(status().isOk());
	}

	private ResultActions touch(String region, String pressure) throws Exception {
		return block(region, "SWEDISH", pressure, "5");
	}

	private ResultActions block(String region, String technique, String pressure, String minutes) throws Exception {
		return log("TOUCH", "region", region, "technique", technique, "pressure", pressure, "minutes", minutes);
	}

	private ResultActions strike(long entryId) throws Exception {
		return this.mvc.perform(post(this.record + "/entries/" + entryId + "/strike").with(user(this.therapist))
			.with(csrf())
			.header(SessionLogController.FRAGMENT_HEADER, "timeline"));
	}

	private ResultActions log(String kind, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(this.record + "/entries/" + kind).with(user(this.therapist))
			.with(csrf())
			.header(SessionLogController.FRAGMENT_HEADER, "timeline")
			.param("token", UUID.randomUUID().toString());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private ResultActions send(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(this.record + path).with(user(this.therapist))
			.with(csrf())
			.param("version", String.valueOf(this.jdbc.queryForObject(
					"select version from session_record where id = ?", Integer.class, sessionId())))
			.param("phase", "CHECK_IN");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private long sessionId() {
		return Long.parseLong(this.record.substring(this.record.lastIndexOf('/') + 1));
	}

	private long entryId(String where) {
		return this.jdbc.queryForObject("select id from session_entry where session_id = ? and " + where, Long.class,
				sessionId());
	}

	private int touches() {
		return this.jdbc.queryForObject("select count(*) from session_entry where session_id = ? and kind = 'TOUCH'",
				Integer.class, sessionId());
	}

}
