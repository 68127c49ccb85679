package com.holdspace.consent;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * Where a client stands with one kind of consent. Anyone at the clinic may see this; what was
 * agreed and why it was withdrawn are for clinical staff.
 */
@NamedInterface("api")
public record ConsentStatus(ConsentKind kind, State state, Integer signedVersion, Instant signedAt,
		Integer currentVersion, LocalDate validUntil, Instant withdrawnAt) {

	public enum State {

		/** Never given in writing. */
		MISSING,

		/** Given in writing to the current text and still in date. */
		SIGNED,

		/** In date, but the text has a newer version: ask the client to sign it at their next visit. */
		OUTDATED,

		/** Past the renewal period (treatment) or past the agreed end date (provider). */
		EXPIRED,

		/** Withdrawn by the client or the therapist. */
		WITHDRAWN

	}

	/** Whether work may go ahead on this consent (an outdated text still holds until re-signed). */
	public boolean isValid() {
		return this.state == State.SIGNED || this.state == State.OUTDATED;
	}

}
