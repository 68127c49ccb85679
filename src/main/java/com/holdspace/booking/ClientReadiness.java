package com.holdspace.booking;

import java.util.Collection;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * What the booking form and the calendars show about a client before touch is booked: the intake's
 * state, consent, and whether somatic work is on hold. The intake and consent modules answer it
 * through {@link IntakeReadiness} and {@link ConsentReadiness}, so booking depends on neither.
 */
@NamedInterface("api")
@Service
public class ClientReadiness {

	private final IntakeReadiness intake;

	private final ConsentReadiness consent;

	ClientReadiness(IntakeReadiness intake, ConsentReadiness consent) {
		this.intake = intake;
		this.consent = consent;
	}

	/** Of these clients, those whose somatic work is on hold, in one look-up. */
	public Set<Long> onHoldAmong(Collection<Long> clientIds) {
		return this.intake.somaticWorkPausedAmong(clientIds);
	}

	public Readiness readiness(long clientId) {
		return new Readiness(this.intake.factsOf(clientId), this.consent.treatmentConsentValid(clientId));
	}

}
