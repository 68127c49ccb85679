package com.holdspace.aftercare;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.holdspace.TestClock;
import com.holdspace.session.SessionFixtures;
import com.holdspace.session.SessionNotesForm;
import com.holdspace.session.SessionRecord;
import com.holdspace.session.SessionService;
import com.holdspace.staff.HoldspaceUser;

/** Sessions with aftercare plans, for tests anywhere: a walk-in checked in, then a plan handed over. */
@Component
public class AftercareFixtures {

	private final SessionFixtures sessions;

	private final SessionService sessionService;

	private final AftercareService aftercare;

	private final AftercareCatalogue catalogue;

	private final JdbcTemplate jdbc;

	AftercareFixtures(SessionFixtures sessions, SessionService sessionService, AftercareService aftercare,
			AftercareCatalogue catalogue, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.sessionService = sessionService;
		this.aftercare = aftercare;
		this.catalogue = catalogue;
	}

	/** A client ready for sessions, with the therapist who treats them. */
	public record Client(long clientId, String therapistLogin) {
	}

	public Client client() {
		var setting = this.sessions.readyClientBooked();
		return new Client(setting.clientId(), setting.therapistLogin());
	}

	/** A walk-in session of this client, checked in by their therapist; answers its id. */
	public long checkedInSession(Client client) {
		HoldspaceUser therapist = this.sessions.user(client.therapistLogin());
		SessionRecord record = this.sessionService.start(null, client.clientId(), UUID.randomUUID(), therapist);
		var notes = new SessionNotesForm();
		notes.setVersion(record.getVersion());
		notes.setPhase(SessionRecord.Phase.CHECK_IN);
		notes.setTensionBefore(6);
		notes.setArrival("A long week");
		notes.setAlcoholOrDrugsToday(false);
		notes.setNewFlashbacks(false);
		notes.setHarmThoughts(false);
		notes.setHadWater(true);
		notes.setBreathingOffered(true);
		this.sessionService.completeCheckIn(record.getId(), notes, therapist);
		return record.getId();
	}

	/** A session checked in and signed: where the aftercare plan is written, as its own step. */
	public long signedSession(Client client) {
		long sessionId = checkedInSession(client);
		this.jdbc.update("update session_record set tension_after = 3, grounding_done = true, subjective = 's', "
				+ "objective = 'o', assessment = 'a', plan = 'p', signed_at = " + TestClock.sqlNow()
				+ ", signed_by = therapist_id, signed_by_name = therapist_name where id = ?", sessionId);
		return sessionId;
	}

	/** A plan handed over after a new session: the first two catalogue items, words and a follow-up. */
	public long handedOverPlan(Client client, String words, LocalDate followUp) {
		return handOver(client, checkedInSession(client), words, followUp);
	}

	/** Hands over a plan after this session of the client: the first two catalogue items, words and a follow-up. */
	public long handOver(Client client, long sessionId, String words, LocalDate followUp) {
		var form = new AftercarePlanForm();
		form.setItemIds(this.catalogue.active().stream().limit(2).map(AftercareItem::getId).toList());
		form.setNotes(words);
		form.setFollowUpOn(followUp);
		form.setWatchFor("Waves of sadness that do not settle");
		return this.aftercare.handOver(sessionId, form, this.sessions.user(client.therapistLogin())).getId();
	}

	public List<Long> firstItems(int count) {
		return this.catalogue.active().stream().limit(count).map(AftercareItem::getId).toList();
	}

}
