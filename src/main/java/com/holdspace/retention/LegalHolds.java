package com.holdspace.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;

/**
 * Legal holds: litigation, an investigation, a regulator's request. While one stands, nothing of
 * the client's record is disposed of, whatever its age. Placing and lifting each add a row with
 * who, when and why; nothing is overwritten (PostgreSQL refuses it, V62).
 */
@Service
@Transactional
class LegalHolds {

	/** How many of a client's placings and liftings their page shows. */
	static final int HISTORY_SHOWN = 20;

	private final JdbcTemplate jdbc;

	private final ClinicTime time;

	LegalHolds(JdbcTemplate jdbc, ClinicTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** The client's holds placed and lifted, newest first: the first, if placed, is the one standing. */
	@Transactional(readOnly = true)
	List<LegalHoldEvent> history(long clientId) {
		return this.jdbc.query("""
				select id, client_id, action, reason, by_account, by_name, at from legal_hold_event
				where client_id = ? order by id desc limit ?""",
				(row, n) -> new LegalHoldEvent(row.getLong("id"), row.getLong("client_id"),
						"PLACED".equals(row.getString("action")), row.getString("reason"), row.getLong("by_account"),
						row.getString("by_name"), row.getTimestamp("at").toInstant()),
				clientId, HISTORY_SHOWN);
	}

	/** The hold standing on the client, if one does. */
	@Transactional(readOnly = true)
	Optional<LegalHoldEvent> standing(long clientId) {
		return history(clientId).stream().findFirst().filter(LegalHoldEvent::placed);
	}

	void place(long clientId, String reason, HoldspaceUser me) {
		requireClient(clientId);
		if (standing(clientId).isPresent()) {
			throw new Refused("reason", "retention.hold.error.already");
		}
		add(clientId, "PLACED", reason, me);
	}

	void lift(long clientId, String reason, HoldspaceUser me) {
		requireClient(clientId);
		if (standing(clientId).isEmpty()) {
			throw new Refused("reason", "retention.hold.error.none");
		}
		add(clientId, "LIFTED", reason, me);
	}

	private void add(long clientId, String action, String reason, HoldspaceUser me) {
		Instant now = this.time.clock().instant();
		try {
			this.jdbc.update("""
					insert into legal_hold_event (client_id, action, reason, by_account, by_name, at)
					values (?, ?, ?, ?, ?, ?)""", clientId, action, reason.strip(), me.getAccountId(),
					me.getDisplayName(), Timestamp.from(now));
		}
		catch (DataIntegrityViolationException changedMeanwhile) {
			// another admin placed or lifted it a moment ago
			throw new Refused("reason", "PLACED".equals(action) ? "retention.hold.error.already"
					: "retention.hold.error.none");
		}
	}

	private void requireClient(long clientId) {
		Integer found = this.jdbc.queryForObject("select count(*) from client_register where client_id = ?",
				Integer.class, clientId);
		if (found == null || found == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
