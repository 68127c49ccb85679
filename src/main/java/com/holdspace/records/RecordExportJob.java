package com.holdspace.records;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.AuditLog;
import com.holdspace.shared.ClinicTime;

/**
 * Writes the queued copies of whole records, one at a time and on one instance at a time: the
 * document goes to a temporary file (never into memory whole) while its progress is written in
 * short statements of their own, so the page waiting for it sees each part done; then the file is
 * copied into sealed parts and the export is ready. A failure is kept with its reason for someone
 * to try again.
 */
@Component
class RecordExportJob {

	static final String ACTOR = "Holdspace (whole record)";

	/** The name of the PDF's writer among the record's documents. */
	static final String PDF = "recordPdf";

	private static final Logger log = LoggerFactory.getLogger(RecordExportJob.class);

	/** A writer whose progress has not moved for this long has stopped (its instance went away). */
	static final Duration STALLED = Duration.ofMinutes(15);

	private final RecordExportRepository exports;

	private final RecordFile file;

	private final ObjectProvider<RecordDocument> documents;

	private final AuditLog audit;

	private final ClinicTime time;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	/** Progress goes in a transaction of its own, whatever the document's writer has open. */
	private final TransactionTemplate ownTransaction;

	private final Duration keep;

	/**
	 * @param documents the PDF's writer: the bean named {@value #PDF} (the module's PDF, beside which
	 * other documents of the record, its FHIR bundle, are written too); while none is installed each
	 * export fails, saying so, and the application still starts
	 */
	RecordExportJob(RecordExportRepository exports, RecordFile file,
			@Qualifier(PDF) ObjectProvider<RecordDocument> documents,
			AuditLog audit, ClinicTime time, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${holdspace.records.keep:P30D}") Duration keep) {
		this.exports = exports;
		this.file = file;
		this.documents = documents;
		this.audit = audit;
		this.time = time;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.keep = keep;
	}

	/** The scheduled job; on several app instances only one runs it at a time. */
	@Scheduled(fixedDelayString = "${holdspace.records.export-check-interval:PT5S}", initialDelayString = "PT10S")
	@SchedulerLock(name = "record-exports", lockAtMostFor = "PT1H")
	public void run() {
		writeQueued();
	}

	/** Writes every queued export, oldest first; answers how many became ready. */
	int writeQueued() {
		return writeQueued(this.documents.getIfAvailable());
	}

	/** As {@link #writeQueued()}, with this writer of the document. */
	int writeQueued(RecordDocument document) {
		failStalled();
		int ready = 0;
		Long id;
		while ((id = claim()) != null) {
			if (write(id, document)) {
				ready++;
			}
		}
		return ready;
	}

	private Long claim() {
		Instant now = now();
		return this.transaction.execute(status -> this.exports.claimNext().map(export -> {
			export.start(now);
			return this.exports.saveAndFlush(export).getId();
		}).orElse(null));
	}

	private boolean write(long id, RecordDocument document) {
		long clientId = this.exports.findById(id).orElseThrow().getClientId();
		Path temporary = null;
		try {
			if (document == null) {
				throw new IllegalStateException("This Holdspace has no writer for the whole record's PDF");
			}
			// readable by this process's user only (POSIX), and removed below however it ends
			temporary = Files.createTempFile(TemporaryRecordFiles.prefix(clientId), ".pdf");
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)),
					sha256)) {
				document.write(clientId, out, new Progress(id));
			}
			String digest = HexFormat.of().formatHex(sha256.digest());
			long size = Files.size(temporary);
			Path written = temporary;
			int parts = this.transaction.execute(status -> {
				int stored = this.file.store(id, written);
				Instant now = now();
				RecordExport export = this.exports.findById(id).orElseThrow();
				export.written(size, stored, digest, now, now.plus(this.keep));
				this.exports.saveAndFlush(export);
				return stored;
			});
			this.audit.record(AuditAction.EXPORT, null, ACTOR, clientId,
					"Whole record written: export " + id + ", " + size + " bytes in " + parts + " parts", null, null);
			return true;
		}
		catch (IOException | NoSuchAlgorithmException | RuntimeException failure) {
			log.warn("Record export {} failed: {}", id, failure.getClass().getName());
			log.debug("Record export {} failed", id, failure);
			fail(id, clientId, failure);
			return false;
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					log.warn("The temporary file of record export {} could not be removed", id);
				}
			}
		}
	}

	private void fail(long id, long clientId, Exception failure) {
		String reason = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		this.transaction.executeWithoutResult(status -> {
			RecordExport export = this.exports.findById(id).orElseThrow();
			export.failed(reason);
			this.exports.saveAndFlush(export);
		});
		this.audit.record(AuditAction.EXPORT, null, ACTOR, clientId, "Whole record not written: export " + id, 500,
				null);
	}

	/** Exports left writing by an instance that went away are failed, for someone to try again. */
	private void failStalled() {
		List<RecordExport> stalled = this.exports.findStalled(now().minus(STALLED));
		for (RecordExport each : stalled) {
			this.transaction.executeWithoutResult(status -> {
				RecordExport export = this.exports.findById(each.getId()).orElseThrow();
				export.failed("Writing stopped before it was finished");
				this.exports.saveAndFlush(export);
			});
			// the instance that was writing it stopped (a crash, a redeploy): what it left on this disk goes
			TemporaryRecordFiles.removeLeftBy(each.getClientId());
		}
	}

	private Instant now() {
		return this.time.clock().instant();
	}

	/**
	 * Progress as the document reports it, each in a short transaction of its own, so the page
	 * polling for it sees every part as it is done.
	 */
	private final class Progress implements RecordProgress {

		private final long exportId;

		Progress(long exportId) {
			this.exportId = exportId;
		}

		@Override
		public void total(int parts) {
			write("update record_export set parts_total = ?, parts_done = 0, updated_at = ? where id = ? and status = 'WRITING'",
					parts);
		}

		@Override
		public void done(int parts) {
			write("update record_export set parts_done = ?, updated_at = ? where id = ? and status = 'WRITING'", parts);
		}

		private void write(String sql, int parts) {
			RecordExportJob.this.ownTransaction.executeWithoutResult(status -> RecordExportJob.this.jdbc.update(sql,
					Math.max(parts, 0), Timestamp.from(now()), this.exportId));
		}

	}

}
