package com.holdspace.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.holdspace.shared.ClinicTime;

/**
 * The audit log's head, written outside the database at intervals: a line in the application log
 * and a sealed line in an anchor file ({@code holdspace.audit.anchor-file}), on a disk the database
 * does not share. Deleting the newest events leaves a chain that checks out on its own; the check
 * compares it with these anchors, so a log that ends before an anchored event is a log cut short.
 * The daily digest an admin downloads is the same line, to keep elsewhere again.
 */
@Component
public class AuditAnchors {

	private static final Logger LOG = LoggerFactory.getLogger(AuditAnchors.class);

	/** The newest event at a moment. */
	public record Anchor(Instant at, long position, String hash, String keyId, String mac) {

		String text() {
			return "audit-anchor|" + this.at + "|" + this.position + "|" + this.hash;
		}

		String line() {
			return String.join(" ", this.at.toString(), String.valueOf(this.position), this.hash, this.keyId, this.mac);
		}

	}

	private final JdbcTemplate jdbc;

	private final AuditSeals seals;

	private final ClinicTime time;

	private final Path file;

	private final AuditChainJob job;

	AuditAnchors(JdbcTemplate jdbc, AuditSeals seals, ClinicTime time, AuditChainJob job,
			@Value("${holdspace.audit.anchor-file:${java.io.tmpdir}/holdspace-audit-anchors.log}") Path file) {
		this.jdbc = jdbc;
		this.job = job;
		this.seals = seals;
		this.time = time;
		this.file = file;
	}

	@Scheduled(fixedDelayString = "${holdspace.audit.anchor-interval:PT1H}", initialDelayString = "PT1M")
	void onSchedule() {
		anchorNow();
	}

	/** Writes the head as it stands, if there is one; answers it. */
	public Optional<Anchor> anchorNow() {
		this.job.catchUp();
		Optional<Anchor> head = head();
		head.ifPresent(anchor -> {
			LOG.info("audit anchor: event {} hash {} at {} sealed {} {}", anchor.position(), anchor.hash(), anchor.at(),
					anchor.keyId(), anchor.mac());
			try {
				Files.createDirectories(this.file.toAbsolutePath().getParent());
				Files.writeString(this.file, anchor.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			catch (IOException unwritable) {
				throw new UncheckedIOException("The audit anchor file " + this.file + " cannot be written", unwritable);
			}
		});
		return head;
	}

	/** The head, sealed, without writing it anywhere: the daily digest. */
	public Optional<Anchor> head() {
		List<Map<String, Object>> newest = this.jdbc
			.queryForList("select position, hash from audit_event where position is not null order by position desc limit 1");
		if (newest.isEmpty()) {
			return Optional.empty();
		}
		Instant at = this.time.clock().instant();
		long position = ((Number) newest.get(0).get("position")).longValue();
		String hash = (String) newest.get(0).get("hash");
		Anchor unsealed = new Anchor(at, position, hash, null, null);
		AuditSeals.Seal seal = this.seals.seal(unsealed.text());
		return Optional.of(new Anchor(at, position, hash, seal.keyId(), seal.mac()));
	}

	/** The anchors written so far whose seal checks; a line anyone else wrote is not an anchor. */
	public List<Anchor> written() {
		if (!Files.exists(this.file)) {
			return List.of();
		}
		List<Anchor> anchors = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(this.file, StandardCharsets.UTF_8)) {
				parse(line).filter(anchor -> this.seals.checks(anchor.keyId(), anchor.text(), anchor.mac()))
					.ifPresent(anchors::add);
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The audit anchor file " + this.file + " cannot be read", unreadable);
		}
		return anchors;
	}

	private static Optional<Anchor> parse(String line) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 5) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Anchor(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2], parts[3], parts[4]));
		}
		catch (RuntimeException notAnAnchor) {
			return Optional.empty();
		}
	}

}
