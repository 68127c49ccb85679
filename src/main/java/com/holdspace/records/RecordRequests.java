package com.holdspace.records;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.shared.CareRelationship;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.SignedInPerson;

/**
 * Clients' requests for their whole record as the clinic follows them: every one for admin, those of
 * the clients in a therapist's care for a therapist, each with the day it is due by. Whatever the
 * number of requests, a list is one statement, and one more to ask the care rule for all of them.
 */
@Service
class RecordRequests {

	/** How long a released request stays on the clinic's list of requests. */
	static final Duration RELEASED_LISTED = Duration.ofDays(30);

	private final RecordExportRepository exports;

	private final CareRelationship care;

	private final ClinicTime time;

	private final TransactionTemplate reads;

	RecordRequests(RecordExportRepository exports, CareRelationship care, ClinicTime time,
			PlatformTransactionManager transactions) {
		this.exports = exports;
		this.care = care;
		this.time = time;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * Requests still open, soonest due first, then those released in the last 30 days: all of them
	 * for admin, a therapist's own clients' for a therapist.
	 */
	List<ExportView> seenBy(SignedInPerson viewer, int max) {
		LocalDate today = today();
		List<ExportView> all = this.reads.execute(status -> this.exports
			.findRequests(this.time.clock().instant().minus(RELEASED_LISTED), PageRequest.of(0, max))
			.stream()
			.map(export -> ExportView.of(export, today))
			.toList());
		if (CareRelationship.isAdmin(viewer)) {
			return all;
		}
		if (!CareRelationship.isTherapist(viewer)) {
			return List.of();
		}
		return inCareOf(viewer.getAccountId(), all);
	}

	/** The open requests of the clients in this therapist's care, the soonest due first. */
	List<ExportView> openInCareOf(long therapistId, int max) {
		LocalDate today = today();
		return inCareOf(therapistId, this.reads.execute(status -> this.exports
			.findOpenRequests(PageRequest.of(0, max))
			.stream()
			.map(export -> ExportView.of(export, today))
			.toList()));
	}

	private List<ExportView> inCareOf(long therapistId, List<ExportView> requests) {
		if (requests.isEmpty()) {
			return requests;
		}
		var inCare = this.care.inCareOf(therapistId, requests.stream().map(ExportView::clientId).toList());
		return requests.stream().filter(request -> inCare.contains(request.clientId())).toList();
	}

	/** Today on the clinic's calendar. */
	LocalDate today() {
		return this.time.day(this.time.clock().instant());
	}

}
