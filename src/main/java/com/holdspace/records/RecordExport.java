package com.holdspace.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.DynamicUpdate;

import com.holdspace.shared.BaseEntity;
import com.holdspace.shared.Refused;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One copy of a client's whole record on its way out: who asked and when, how far its writing has
 * got, the file's size, and who released it to the client. Its states go one way, QUEUED, WRITING,
 * READY, RELEASED, with FAILED and back to QUEUED on a retry; PostgreSQL keeps who asked and who
 * released as written and never lets the row go (V63). Progress is written beside it by
 * {@link RecordExportJob} in statements of its own, so only the columns a change touches are
 * written here.
 */
@Entity
@Table(name = "record_export")
@DynamicUpdate
class RecordExport extends BaseEntity {

	static final int NOTE_MAX = 1000;

	private long clientId;

	private UUID creationToken;

	@Enumerated(EnumType.STRING)
	@Column(name = "asked_by_kind")
	private AskedBy askedBy;

	private Long askedByAccountId;

	private String askedByName;

	private Instant askedAt;

	private LocalDate dueBy;

	@Enumerated(EnumType.STRING)
	private ExportStatus status;

	private Integer partsTotal;

	private int partsDone;

	private Instant startedAt;

	private Instant writtenAt;

	private Long bytes;

	private Integer fileParts;

	private String sha256;

	private String failure;

	private Long releasedByAccountId;

	private String releasedByName;

	private Instant releasedAt;

	private String releaseNote;

	private Instant expiresAt;

	private Instant removedAt;

	protected RecordExport() {
	}

	private RecordExport(long clientId, UUID creationToken, AskedBy askedBy, Long accountId, String name, Instant at,
			LocalDate dueBy) {
		this.clientId = clientId;
		this.creationToken = creationToken;
		this.askedBy = askedBy;
		this.askedByAccountId = accountId;
		this.askedByName = name;
		this.askedAt = at;
		this.dueBy = dueBy;
		this.status = ExportStatus.QUEUED;
	}

	/** Asked for by a member of staff, to read before anything is handed over. */
	static RecordExport askedByClinic(long clientId, UUID token, long accountId, String name, Instant at) {
		return new RecordExport(clientId, token, AskedBy.CLINIC, accountId, name, at, null);
	}

	/** Asked for by the client from their portal: the clinic answers by {@code dueBy}. */
	static RecordExport askedByClient(long clientId, UUID token, long accountId, String name, Instant at,
			LocalDate dueBy) {
		return new RecordExport(clientId, token, AskedBy.CLIENT, accountId, name, at, dueBy);
	}

	/** The job takes it: from now its progress is written as each part is done. */
	void start(Instant at) {
		requireStatus(ExportStatus.QUEUED);
		this.status = ExportStatus.WRITING;
		this.startedAt = at;
		this.partsTotal = null;
		this.partsDone = 0;
	}

	/** The whole file is in its encrypted parts. */
	void written(long size, int parts, String digest, Instant at, Instant keepUntil) {
		requireStatus(ExportStatus.WRITING);
		this.status = ExportStatus.READY;
		this.bytes = size;
		this.fileParts = parts;
		this.sha256 = digest;
		this.writtenAt = at;
		this.expiresAt = keepUntil;
		if (this.partsTotal != null) {
			this.partsDone = this.partsTotal;
		}
	}

	/** Writing stopped: the reason is kept for the person who tries again. */
	void failed(String reason) {
		if (this.status != ExportStatus.WRITING && this.status != ExportStatus.QUEUED) {
			throw new IllegalStateException("Export " + getId() + " is " + this.status + ", not being written");
		}
		this.status = ExportStatus.FAILED;
		String said = (reason == null || reason.isBlank()) ? "Stopped without a reason" : reason.strip();
		this.failure = (said.length() > NOTE_MAX) ? said.substring(0, NOTE_MAX) : said;
	}

	/** Queued again after a failure; a second press while it is queued changes nothing. */
	void retry() {
		if (this.status == ExportStatus.QUEUED || this.status == ExportStatus.WRITING) {
			return;
		}
		if (this.status != ExportStatus.FAILED) {
			throw Refused.because("records.export.error.notFailed");
		}
		this.status = ExportStatus.QUEUED;
		this.failure = null;
		this.partsTotal = null;
		this.partsDone = 0;
		this.startedAt = null;
	}

	/**
	 * Handed to the client by a named person, with an optional note; from then the client may
	 * download it until it runs out.
	 */
	void release(long accountId, String name, String note, Instant at, Instant keepUntil) {
		if (this.status != ExportStatus.READY) {
			throw Refused.because(
					(this.status == ExportStatus.RELEASED) ? "records.export.error.released" : "records.export.error.notReady");
		}
		if (this.removedAt != null) {
			throw Refused.because("records.export.error.removed");
		}
		String kept = (note == null || note.isBlank()) ? null : note.strip();
		if (kept != null && kept.length() > NOTE_MAX) {
			throw new Refused("note", "records.export.error.noteTooLong", NOTE_MAX);
		}
		this.status = ExportStatus.RELEASED;
		this.releasedByAccountId = accountId;
		this.releasedByName = name;
		this.releaseNote = kept;
		this.releasedAt = at;
		this.expiresAt = keepUntil;
	}

	/** Its file ran out and its parts are gone; the row stays to say who asked and who released. */
	void fileRemoved(Instant at) {
		this.removedAt = at;
	}

	private void requireStatus(ExportStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Export " + getId() + " is " + this.status + ", not " + expected);
		}
	}

	boolean hasFile() {
		return (this.status == ExportStatus.READY || this.status == ExportStatus.RELEASED) && this.removedAt == null;
	}

	boolean isClientRequest() {
		return this.askedBy == AskedBy.CLIENT;
	}

	/** A client's request still unanswered after the day it was due by. */
	boolean isOverdue(LocalDate today) {
		return isClientRequest() && this.status != ExportStatus.RELEASED && today.isAfter(this.dueBy);
	}

	long getClientId() {
		return this.clientId;
	}

	UUID getCreationToken() {
		return this.creationToken;
	}

	AskedBy getAskedBy() {
		return this.askedBy;
	}

	Long getAskedByAccountId() {
		return this.askedByAccountId;
	}

	String getAskedByName() {
		return this.askedByName;
	}

	Instant getAskedAt() {
		return this.askedAt;
	}

	LocalDate getDueBy() {
		return this.dueBy;
	}

	ExportStatus getStatus() {
		return this.status;
	}

	Integer getPartsTotal() {
		return this.partsTotal;
	}

	int getPartsDone() {
		return this.partsDone;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getWrittenAt() {
		return this.writtenAt;
	}

	Long getBytes() {
		return this.bytes;
	}

	Integer getFileParts() {
		return this.fileParts;
	}

	String getSha256() {
		return this.sha256;
	}

	String getFailure() {
		return this.failure;
	}

	Long getReleasedByAccountId() {
		return this.releasedByAccountId;
	}

	String getReleasedByName() {
		return this.releasedByName;
	}

	Instant getReleasedAt() {
		return this.releasedAt;
	}

	String getReleaseNote() {
		return this.releaseNote;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getRemovedAt() {
		return this.removedAt;
	}

}
