package com.holdspace.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * The intake card on the client page. Therapists and admin see the flags and why; the front desk
 * sees only whether the intake is done, whether an extended session is suggested and whether
 * somatic work is on hold; a client sees no card.
 */
@Component
class IntakeHubCard implements ClientHubCard {

	private final IntakeService intakeService;

	IntakeHubCard(IntakeService intakeService) {
		this.intakeService = intakeService;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Authentication viewer) {
		boolean clinical = ClientHubCard.isClinical(viewer);
		if (!clinical && !ClientHubCard.hasRole(viewer, "FRONT_DESK")) {
			return Optional.empty();
		}
		Map<String, Object> data = new HashMap<>();
		data.put("clientId", clientId);
		data.put("status", this.intakeService.statusOf(clientId));
		data.put("clinical", clinical);
		if (clinical) {
			var flags = new java.util.ArrayList<FlagView>(this.intakeService.flags(clientId));
			flags.addAll(this.intakeService.draftFlags(clientId));
			data.put("flags", flags);
			data.put("answers", null);
			this.intakeService.latestAnswers(clientId).ifPresent(answers -> {
				data.put("answers", answers);
				data.put("frontRegions", BodyRegion.on(BodyRegion.Side.FRONT));
				data.put("backRegions", BodyRegion.on(BodyRegion.Side.BACK));
			});
		}
		return Optional.of(new Card("intake/hub-card", data));
	}

}
