package com.holdspace.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit log's chain from the first event to the last, independently of the database's
 * own function: every position present once and in order, every row pointing at the hash of the
 * one before, every hash matching the row's content, every event from the first sealed one on
 * sealed under a configured key (AuditSeals), and the log reaching every anchor written outside
 * the database (AuditAnchors). The first row that does not is named.
 */
@Component
public class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final AuditSeals seals;

	private final AuditAnchors anchors;

	private final AuditChainJob job;

	AuditChain(JdbcTemplate jdbc, AuditSeals seals, AuditAnchors anchors, AuditChainJob job) {
		this.jdbc = jdbc;
		this.seals = seals;
		this.anchors = anchors;
		this.job = job;
	}

	/** What the check found. {@code brokenAt} is the first position that fails, or null. */
	public record Verdict(long checked, Long brokenAt, String problem) implements java.io.Serializable {

		public boolean intact() {
			return this.brokenAt == null;
		}

	}

	/** Chains what is waiting (AuditChainJob), then checks the whole chain. */
	@Transactional(readOnly = true)
	public Verdict verify() {
		this.job.catchUp();
		List<AuditAnchors.Anchor> anchored = this.anchors.written();
		var walk = new Walk(this.seals, anchored.stream()
			.collect(Collectors.toMap(AuditAnchors.Anchor::position, AuditAnchors.Anchor::hash, (a, b) -> a)));
		this.jdbc.query("""
				select e.position, e.prev_hash, e.hash, e.occurred_at, e.account_id, e.actor, e.role, e.client_id,
				       e.action, e.subject, e.status, e.address, s.key_id, s.mac
				from audit_event e left join audit_seal s on s.position = e.position where e.position is not null
				order by e.position""", walk);
		if (walk.brokenAt == null) {
			// the newest events removed: what is left still chains, but it stops short of an anchor
			long last = walk.expectedPosition - 1;
			for (AuditAnchors.Anchor anchor : anchored) {
				if (anchor.position() > last) {
					return new Verdict(walk.checked, last + 1, "the log ends at event " + last + " but event "
							+ anchor.position() + " was anchored at " + anchor.at() + ": events were removed from its end");
				}
			}
		}
		return new Verdict(walk.checked, walk.brokenAt, walk.problem);
	}

	private static final class Walk implements RowCallbackHandler {

		private final AuditSeals seals;

		private final Map<Long, String> anchored;

		private boolean sealing;

		private long checked;

		private long expectedPosition = 1;

		private String previousHash = GENESIS;

		private Long brokenAt;

		private String problem;

		Walk(AuditSeals seals, Map<Long, String> anchored) {
			this.seals = seals;
			this.anchored = anchored;
		}

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
			String keyId = row.getString("key_id");
			if (keyId != null) {
				this.sealing = true;
				if (!this.seals.checks(keyId, hash, row.getString("mac"))) {
					broken(position, this.seals.knows(keyId)
							? "event " + position + " was changed after it was written: its seal no longer matches"
							: "event " + position + " is sealed with key " + keyId + ", which is not configured");
					return;
				}
			}
			else if (this.sealing) {
				broken(position, "event " + position + " has no seal: it was not written by Holdspace");
				return;
			}
			String anchoredHash = this.anchored.get(position);
			if (anchoredHash != null && !anchoredHash.equals(hash)) {
				broken(position, "event " + position + " is not the event anchored outside the database");
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
