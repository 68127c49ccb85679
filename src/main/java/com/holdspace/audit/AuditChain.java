package com.holdspace.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit log's chain from the first event to the last, independently of the database's
 * own function: every position present once and in order, every row pointing at the hash of the
 * one before, every hash matching the row's content. The first row that does not is named.
 */
@Component
public class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	AuditChain(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What the check found. {@code brokenAt} is the first position that fails, or null. */
	public record Verdict(long checked, Long brokenAt, String problem) implements java.io.Serializable {

		public boolean intact() {
			return this.brokenAt == null;
		}

	}

	@Transactional(readOnly = true)
	public Verdict verify() {
		var walk = new Walk();
		this.jdbc.query("""
				select position, prev_hash, hash, occurred_at, account_id, actor, role, client_id, action, subject,
				       status, address
				from audit_event order by position""", walk);
		return new Verdict(walk.checked, walk.brokenAt, walk.problem);
	}

	private static final class Walk implements RowCallbackHandler {

		private long checked;

		private long expectedPosition = 1;

		private String previousHash = GENESIS;

		private Long brokenAt;

		private String problem;

		@Override
		public void processRow(java.sql.ResultSet row) throws java.sql.SQLException {
			if (this.brokenAt != null) {
				return;
			}
			long position = row.getLong("position");
			String hash = row.getString("hash");
			if (position != this.expectedPosition) {
				broken(this.expectedPosition, "event " + this.expectedPosition + " is missing");
				return;
			}
			if (!this.previousHash.equals(row.getString("prev_hash"))) {
				broken(position, "event " + position + " does not follow the event before it");
				return;
			}
			if (!hash.equals(sha256(text(row)))) {
				broken(position, "event " + position + " was changed after it was written");
				return;
			}
			this.checked++;
			this.expectedPosition++;
			this.previousHash = hash;
		}

		private void broken(long position, String why) {
			this.brokenAt = position;
			this.problem = why;
		}

		/** The same text as the database's audit_event_text(). */
		private static String text(java.sql.ResultSet row) throws java.sql.SQLException {
			return String.join("|", String.valueOf(row.getLong("position")), row.getString("prev_hash"),
					UTC_MICROS.format(row.getTimestamp("occurred_at").toInstant()), orEmpty(row.getObject("account_id")),
					row.getString("actor"), orEmpty(row.getString("role")), orEmpty(row.getObject("client_id")),
					row.getString("action"), row.getString("subject"), orEmpty(row.getObject("status")),
					orEmpty(row.getString("address")));
		}

		private static String orEmpty(Object value) {
			return (value != null) ? value.toString() : "";
		}

	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
