package com.holdspace.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.booking.CalendarNotes;
import com.holdspace.client.ClientService;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;
import com.holdspace.shared.ClinicTime;

/**
 * "Contact the provider", ticked on a signed record, as a task on the therapist's day: check in
 * with the client's own therapist on the day agreed. Only the therapist themself (and admin) see it.
 */
@Component
class ProviderCheckIns implements CalendarNotes {

	private record Due(long sessionId, long clientId, java.time.Instant startedAt) {
	}

	private final JdbcTemplate jdbc;

	private final ClientService clients;

	private final MessageSource messages;

	private final ClinicTime clinicTime;

	ProviderCheckIns(JdbcTemplate jdbc, ClientService clients, MessageSource messages, ClinicTime clinicTime) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.messages = messages;
		this.clinicTime = clinicTime;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Note> notesFor(long therapistId, LocalDate day, HoldspaceUser viewer) {
		if (viewer.getRole() != Role.ADMIN && viewer.getAccountId() != therapistId) {
			return List.of();
		}
		List<Due> due = this.jdbc.query("""
				select id, client_id, started_at from session_record
				where therapist_id = ? and provider_check_in_on = ? and contact_provider and signed_at is not null
				order by started_at""", (row, n) -> new Due(row.getLong(1), row.getLong(2),
				row.getTimestamp(3).toInstant()), therapistId, day);
		if (due.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = this.clients.calledNames(due.stream().map(Due::clientId).toList());
		return due.stream()
			.map(task -> new Note(this.messages.getMessage("session.note.providerCheckIn",
					new Object[] { names.get(task.clientId()), this.clinicTime.date(task.startedAt()) }, Locale.UK),
					"/sessions/" + task.sessionId() + "#record"))
			.toList();
	}

}
