package com.holdspace.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.client.ClientService;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.shared.ClinicTime;

/**
 * Three signed sessions of Zoë's over the last weeks, so the client page shows her progress, only
 * in the {@code demo} profile. Written as they were on their days (the service writes only now).
 */
@Component
@Profile("demo")
@Order(50)
class SessionDemoData implements ApplicationRunner {

	private final JdbcTemplate jdbc;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final ClinicTime clinicTime;

	SessionDemoData(JdbcTemplate jdbc, ClientService clients, StaffDirectory staff, ClinicTime clinicTime) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.staff = staff;
		this.clinicTime = clinicTime;
	}

	private record Past(int weeksAgo, int before, int after, String arrival, List<String> events, String words,
			String subjective, String objective, String assessment, String plan) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var zoe = this.clients.search("Zoë Ångström").stream().findFirst().orElse(null);
		StaffMember maya = this.staff.activeTherapists()
			.stream()
			.filter(therapist -> therapist.displayName().equals("Maya Okafor"))
			.findFirst()
			.orElse(null);
		if (zoe == null || maya == null || this.jdbc.queryForObject(
				"select count(*) from session_record where client_id = ?", Integer.class, zoe.id()) > 0) {
			return;
		}
		List<Past> sessions = List.of(
				new Past(3, 8, 5, "Tight chest after a stressful drive", List.of("DEEP_BREATHING", "TREMBLING"),
						"a band across my chest, loosening a little", "Chest tight since the drive in",
						"Breath shallow at first; deepened with slow myofascial work on the upper back",
						"Tolerated short holds; trembling settled with grounding", "Weekly; titrate towards the chest"),
				new Past(2, 7, 4, "Slept badly, but looking forward to this", List.of("CRYING", "DEEP_BREATHING"),
						"warm, like something letting go", "A wave of sadness during work near the shoulder",
						"Tears and a long sigh at the left shoulder; paused, offered tissues, she chose to go on",
						"Emotional release held well; no dissociation", "Check in with Dr Rao about the release"),
				new Past(1, 5, 2, "Calmer; drove here without a panic wave", List.of("WARMTH", "OPENING", "LAUGHING"),
						"open, lighter in the chest", "Less tightness; driving easier this week",
						"Chest with care was comfortable today; breath full and slow",
						"Clear progress over three weeks", "Keep weekly; gentle chest work with check-ins"));
		for (Past past : sessions) {
			write(zoe.id(), maya, past);
		}
	}

	private void write(long clientId, StaffMember maya, Past past) {
		LocalDate day = LocalDate.now(this.clinicTime.clock()).minusWeeks(past.weeksAgo());
		Instant start = ZonedDateTime.of(day, LocalTime.of(16, 0), this.clinicTime.zone()).toInstant();
		long id = this.jdbc.queryForObject("""
				insert into session_record (client_id, therapist_id, therapist_name, creation_token, started_at,
				    consent_reconfirmed_at, tension_before, arrival, alcohol_or_drugs_today, new_flashbacks,
				    harm_thoughts, checked_in_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, false, false, false, ?) returning id""", Long.class, clientId, maya.id(),
				maya.displayName(), UUID.randomUUID(), at(start, 0), at(start, 2), past.before(),
				SessionRecordText.seal(past.arrival()),
				at(start, 4));
		entry(id, start, 8, "TOUCH", "UPPER_BACK", "MYOFASCIAL_RELEASE", "LIGHT", 8, null, null, null, maya);
		entry(id, start, 17, "EVENT", null, null, null, null, past.events().get(0), null, null, maya);
		entry(id, start, 18, "RESPONSE", null, null, null, null, null, "PAUSED", null, maya);
		entry(id, start, 20, "WORDS", "CHEST", null, null, null, null, null, past.words(), maya);
		entry(id, start, 24, "TOUCH", "SHOULDER_LEFT", "CRANIOSACRAL", "LIGHT", 10, null, null, null, maya);
		for (int i = 1; i < past.events().size(); i++) {
			entry(id, start, 30 + i, "EVENT", null, null, null, null, past.events().get(i), null, null, maya);
		}
		entry(id, start, 40, "RESPONSE", null, null, null, null, null, "GROUNDING", null, maya);
		this.jdbc.update("""
				update session_record set grounding_done = true, grounding = ?,
				    tension_after = ?, minutes_over = 0, subjective = ?, objective = ?, assessment = ?, plan = ?,
				    suggested_frequency = 'WEEKLY', notes_saved_by_name = ?, signed_at = ?, signed_by = ?, signed_by_name = ?
				where id = ?""", SessionRecordText.seal("Feet on the floor, slow breaths"), past.after(),
				SessionRecordText.seal(past.subjective()), SessionRecordText.seal(past.objective()),
				SessionRecordText.seal(past.assessment()), SessionRecordText.seal(past.plan()),
				maya.displayName(), at(start, 75), maya.id(), maya.displayName(), id);
	}

	private void entry(long sessionId, Instant start, int minute, String kind, String region, String technique,
			String pressure, Integer minutes, String event, String action, String words, StaffMember by) {
		this.jdbc.update("""
				insert into session_entry (session_id, token, kind, occurred_at, region, technique, pressure, minutes,
				    event, action, words, recorded_by, recorded_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sessionId, UUID.randomUUID(), kind, at(start, minute),
				region, technique, pressure, minutes, event, action, SessionEntryText.seal(words), by.id(), by.displayName());
	}

	private static Timestamp at(Instant start, int minutesLater) {
		return Timestamp.from(start.plusSeconds(60L * minutesLater));
	}

}
