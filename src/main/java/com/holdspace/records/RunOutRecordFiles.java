package com.holdspace.records;

import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.shared.ClinicTime;

/**
 * Removes the files of copies of the whole record that ran out ({@code holdspace.records.keep} after
 * they were written or released), every hour and on one instance at a time. Only the sealed parts go:
 * the copy's row, who asked and who released it when, stays for good.
 */
@Component
class RunOutRecordFiles {

	private static final int BATCH = 20;

	private final RecordExportRepository exports;

	private final RecordFile file;

	private final ClinicTime time;

	private final TransactionTemplate transaction;

	RunOutRecordFiles(RecordExportRepository exports, RecordFile file, ClinicTime time,
			PlatformTransactionManager transactions) {
		this.exports = exports;
		this.file = file;
		this.time = time;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	@SchedulerLock(name = "record-files-run-out", lockAtMostFor = "PT30M")
	public void run() {
		removeRunOut();
	}

	/** Removes them, one copy per transaction; answers how many files went. */
	int removeRunOut() {
		int removed = 0;
		List<RecordExport> runOut;
		do {
			runOut = this.exports.findRunOut(now(), PageRequest.of(0, BATCH));
			for (RecordExport each : runOut) {
				this.transaction.executeWithoutResult(status -> {
					RecordExport export = this.exports.findById(each.getId()).orElseThrow();
					// released since the list was read: its time was renewed, and the client was told so
					if (export.getRemovedAt() != null || !export.getExpiresAt().isBefore(now())) {
						return;
					}
					this.file.remove(export.getId());
					export.fileRemoved(now());
					this.exports.saveAndFlush(export);
				});
				removed++;
			}
		}
		while (runOut.size() == BATCH);
		return removed;
	}

	private Instant now() {
		return this.time.clock().instant();
	}

}
