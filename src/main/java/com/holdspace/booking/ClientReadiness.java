package com.holdspace.booking;

import java.util.Collection;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import com.holdspace.consent.ConsentService;
import com.holdspace.intake.IntakeService;

/**
 * What the booking form and the calendars show about a client before touch is booked: the intake's
 * state, consent, and whether somatic work is on hold.
 */
@NamedInterface("api")
@Service
public class ClientReadiness {

	private final IntakeService intake;

	private final ConsentService consent;

	ClientReadiness(IntakeService intake, ConsentService consent) {
		this.intake = intake;
		this.consent = consent;
	}

	/** Of these clients, those whose somatic work is on hold, in one look-up. */
	public Set<Long> onHoldAmong(Collection<Long> clientIds) {
		return this.intake.somaticWorkPausedAmong(clientIds);
	}

	public Readiness readiness(long clientId) {
		return new Readiness(this.intake.statusOf(clientId), this.consent.statuses(clientId));
	}

}
