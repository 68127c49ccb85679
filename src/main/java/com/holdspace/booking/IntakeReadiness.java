package com.holdspace.booking;

import java.util.Collection;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * What booking needs to know from a client's intake, answered by the intake module: booking asks,
 * and never reads the intake itself. Only yes-or-no facts cross, never the clinical reason.
 */
@NamedInterface("api")
public interface IntakeReadiness {

	/** The intake as the front desk may see it. */
	record Facts(boolean complete, boolean extendedSessionSuggested, boolean prefersExperienced,
			boolean somaticWorkPaused) {
	}

	Facts factsOf(long clientId);

	/** Of these clients, those whose somatic work is on hold, in one look-up. */
	Set<Long> somaticWorkPausedAmong(Collection<Long> clientIds);

}
