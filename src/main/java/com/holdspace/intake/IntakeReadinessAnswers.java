package com.holdspace.intake;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.holdspace.booking.IntakeReadiness;

/** The intake's answer to booking: done or not, an extended session suggested, somatic work on hold. */
@Component
class IntakeReadinessAnswers implements IntakeReadiness {

	private final IntakeService intake;

	IntakeReadinessAnswers(IntakeService intake) {
		this.intake = intake;
	}

	@Override
	public Facts factsOf(long clientId) {
		IntakeStatus status = this.intake.statusOf(clientId);
		return new Facts(status.isComplete(), status.extendedSessionSuggested(), status.prefersExperienced(),
				status.somaticWorkPaused());
	}

	@Override
	public Set<Long> somaticWorkPausedAmong(Collection<Long> clientIds) {
		return this.intake.somaticWorkPausedAmong(clientIds);
	}

}
