package com.holdspace.session;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.holdspace.audit.ClientOfRecord;

/** Tells the audit log whose session record a path's {@code session:id} names. */
@Component
class SessionClients implements ClientOfRecord {

	private final JdbcTemplate jdbc;

	SessionClients(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String record() {
		return "session";
	}

	@Override
	public Optional<Long> clientOf(long id) {
		return this.jdbc.queryForList("select client_id from session_record where id = ?", Long.class, id)
			.stream()
			.findFirst();
	}

}
