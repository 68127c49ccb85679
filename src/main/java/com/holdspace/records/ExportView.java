package com.holdspace.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One copy of the whole record as a page shows it: who asked and when, how far its writing has
 * got, its file, and who released it.
 *
 * @param overdue a client's request still open after the day it was due by
 * @param hasFile its file is written and has not run out
 */
record ExportView(long id, long clientId, ExportStatus status, boolean clientRequest, String askedByName,
		Instant askedAt, LocalDate dueBy, boolean overdue, Integer partsTotal, int partsDone, Instant writtenAt,
		Long bytes, Integer fileParts, String sha256, String failure, String releasedByName, Instant releasedAt, String releaseNote,
		Instant expiresAt, Instant removedAt, boolean hasFile) {

	static ExportView of(RecordExport export, LocalDate today) {
		return new ExportView(export.getId(), export.getClientId(), export.getStatus(), export.isClientRequest(),
				export.getAskedByName(), export.getAskedAt(), export.getDueBy(), export.isOverdue(today),
				export.getPartsTotal(), export.getPartsDone(), export.getWrittenAt(), export.getBytes(), export.getFileParts(),
				export.getSha256(), export.getFailure(), export.getReleasedByName(), export.getReleasedAt(),
				export.getReleaseNote(), export.getExpiresAt(), export.getRemovedAt(), export.hasFile());
	}

	/** Still on its way: the page keeps asking how far it has got. */
	public boolean isUnderWay() {
		return this.status == ExportStatus.QUEUED || this.status == ExportStatus.WRITING;
	}

	public boolean isOpenRequest() {
		return this.clientRequest && this.status != ExportStatus.RELEASED;
	}

	/** How much is written, 0 to 100, for the progress bar. */
	public int percent() {
		if (this.status == ExportStatus.READY || this.status == ExportStatus.RELEASED) {
			return 100;
		}
		if (this.partsTotal == null || this.partsTotal == 0) {
			return 0;
		}
		return Math.min(100, this.partsDone * 100 / this.partsTotal);
	}

	/** The file's size as a person reads it: "840 KB", "3.2 MB". */
	public String size() {
		if (this.bytes == null) {
			return "";
		}
		if (this.bytes < 1024 * 1024) {
			return Math.max(1, Math.round(this.bytes / 1024.0)) + " KB";
		}
		return String.format(java.util.Locale.UK, "%.1f MB", this.bytes / (1024.0 * 1024.0));
	}

	/** The name a download is saved under. */
	public String fileName() {
		return "whole-record-" + this.id + ".pdf";
	}

}
