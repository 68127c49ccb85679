package com.holdspace.records;

import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import com.holdspace.shared.SignedInPerson;

/** Copies of whole records for tests outside this package: asked for by a member of staff, and written. */
@Component
public class RecordExportFixtures {

	private final RecordExports exports;

	private final RecordExportJob job;

	private final UserDetailsService users;

	RecordExportFixtures(RecordExports exports, RecordExportJob job, UserDetailsService users) {
		this.exports = exports;
		this.job = job;
		this.users = users;
	}

	/** A copy of the client's record asked for by this member of staff and written, ready to read. */
	public long readyExport(long clientId, String staffLogin) {
		long exportId = this.exports.produce(clientId, UUID.randomUUID(),
				(SignedInPerson) this.users.loadUserByUsername(staffLogin));
		this.job.writeQueued();
		return exportId;
	}

	/** A copy of the client's record asked for by the client from their portal, and written. */
	public long askedByTheClient(long clientId, String clientLogin) {
		long exportId = this.exports.ask(clientId, UUID.randomUUID(),
				(SignedInPerson) this.users.loadUserByUsername(clientLogin));
		this.job.writeQueued();
		return exportId;
	}

}
