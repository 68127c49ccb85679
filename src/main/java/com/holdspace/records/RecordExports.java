package com.holdspace.records;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.shared.CareRelationship;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.NotYoursException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.SignedInPerson;

/**
 * Copies of a client's whole record: asked for by the clinic or by the client, written by
 * {@link RecordExportJob}, read first at the clinic and released to the client by a named person.
 * A creation token makes one export of one press however often it arrives, and a client has one
 * open request at a time (PostgreSQL keeps both, V63).
 */
@Service
class RecordExports {

	/** How many of a client's copies a page lists. */
	static final int LISTED = 20;

	private final RecordExportRepository exports;

	private final RecordExportEmails emails;

	private final CareRelationship care;

	private final ClinicTime time;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final Duration keep;

	RecordExports(RecordExportRepository exports, RecordExportEmails emails, CareRelationship care, ClinicTime time,
			PlatformTransactionManager transactions, @Value("${holdspace.records.keep:P30D}") Duration keep) {
		this.exports = exports;
		this.emails = emails;
		this.care = care;
		this.time = time;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.keep = keep;
	}

	/** Someone at the clinic asks for the client's whole record; answers the export's id. */
	long produce(long clientId, UUID token, SignedInPerson who) {
		return once(token, () -> RecordExport.askedByClinic(clientId, token, who.getAccountId(), who.getDisplayName(),
				now()));
	}

	/**
	 * The client asks for a copy of their record: due a month from today on the clinic's calendar.
	 * While a request of theirs is open, asking again answers that one.
	 */
	long ask(long clientId, UUID token, SignedInPerson me) {
		Optional<RecordExport> open = this.reads.execute(status -> this.exports.findOpenRequest(clientId));
		if (open.isPresent()) {
			return open.get().getId();
		}
		Instant now = now();
		LocalDate dueBy = this.time.day(now).plusMonths(1);
		try {
			return once(token,
					() -> RecordExport.askedByClient(clientId, token, me.getAccountId(), me.getDisplayName(), now, dueBy));
		}
		catch (DataIntegrityViolationException sameMoment) {
			// the request sent from another tab in the same moment: that one stands
			return this.reads.execute(status -> this.exports.findOpenRequest(clientId)).orElseThrow(() -> sameMoment)
				.getId();
		}
	}

	private long once(UUID token, Supplier<RecordExport> made) {
		try {
			return this.writes.execute(status -> this.exports.findByCreationToken(token)
				.orElseGet(() -> this.exports.saveAndFlush(made.get()))
				.getId());
		}
		catch (DataIntegrityViolationException race) {
			Optional<RecordExport> first = this.reads.execute(status -> this.exports.findByCreationToken(token));
			return first.orElseThrow(() -> race).getId();
		}
	}

	/** A failed export is queued again. */
	void retry(long clientId, long exportId) {
		change(clientId, exportId, RecordExport::retry);
	}

	/**
	 * Releases a written copy to the client, with who released it, when and an optional note; the
	 * client is emailed that it is ready (the email holds nothing of the record).
	 */
	void release(long clientId, long exportId, SignedInPerson who, String note) {
		Instant now = now();
		change(clientId, exportId, export -> {
			export.release(who.getAccountId(), who.getDisplayName(), note, now, now.plus(this.keep));
			this.emails.released(clientId, now.plus(this.keep));
		});
	}

	private void change(long clientId, long exportId, java.util.function.Consumer<RecordExport> change) {
		try {
			this.writes.executeWithoutResult(status -> {
				RecordExport export = find(clientId, exportId);
				change.accept(export);
				this.exports.saveAndFlush(export);
			});
		}
		catch (ObjectOptimisticLockingFailureException meanwhile) {
			// the job or a colleague changed it a moment before: the page shows where it stands now
			throw Refused.because("records.export.error.changed");
		}
	}

	/** One copy of this client's record; another client's id is not found. */
	ExportView view(long clientId, long exportId) {
		return this.reads.execute(status -> ExportView.of(find(clientId, exportId), today()));
	}

	/** The client's copies, an open request of theirs first, then the newest. */
	List<ExportView> ofClient(long clientId, int max) {
		LocalDate today = today();
		return this.reads.execute(status -> this.exports.findForClient(clientId, PageRequest.of(0, max))
			.stream()
			.map(export -> ExportView.of(export, today))
			.toList());
	}

	/** What the client sees of their own: their requests, and what was released to them. */
	List<ExportView> shownToClient(long clientId) {
		LocalDate today = today();
		return this.reads.execute(status -> this.exports.findShownToClient(clientId, PageRequest.of(0, LISTED))
			.stream()
			.map(export -> ExportView.of(export, today))
			.toList());
	}

	/** Whether the viewer reads this client's record: admin, or a therapist in the client's care. */
	void requireClinical(SignedInPerson viewer, long clientId) {
		if (!this.care.mayReadClinical(viewer, clientId)) {
			throw new NotYoursException("Whole record of a client not in care", clientId);
		}
	}

	/** A copy the clinic may download: written, not run out. */
	ExportView fileForClinic(long clientId, long exportId) {
		ExportView export = view(clientId, exportId);
		if (!export.hasFile()) {
			throw new NotFoundException("Record file", exportId);
		}
		return export;
	}

	/** A copy released to this client, not run out; anything else, another client's above all, is not found. */
	ExportView fileForClient(long clientId, long exportId) {
		ExportView export = view(clientId, exportId);
		if (export.status() != ExportStatus.RELEASED || !export.hasFile()) {
			throw new NotFoundException("Record file", exportId);
		}
		return export;
	}

	private RecordExport find(long clientId, long exportId) {
		return this.exports.findByIdAndClientId(exportId, clientId)
			.orElseThrow(() -> new NotFoundException("Record export", exportId));
	}

	private Instant now() {
		return this.time.clock().instant();
	}

	private LocalDate today() {
		return this.time.day(now());
	}

}
