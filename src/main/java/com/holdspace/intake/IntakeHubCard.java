package com.holdspace.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;
import com.holdspace.shared.ClinicTime;

/**
 * The intake card on the client page. Admin and therapists in the client's care see the open holds
 * and why; the front desk, and a therapist outside the client's care, see only whether the intake is
 * done, whether an extended session is suggested and whether somatic work is on hold (until the first
 * intake is done, which any therapist may begin); a client sees no card.
 */
@Component
class IntakeHubCard implements ClientHubCard {

	private final IntakeService intakeService;

	private final ClinicTime clinicTime;

	IntakeHubCard(IntakeService intakeService, ClinicTime clinicTime) {
		this.intakeService = intakeService;
		this.clinicTime = clinicTime;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!viewer.isStaff()) {
			return Optional.empty();
		}
		Map<String, Object> data = new HashMap<>();
		data.put("clientId", clientId);
		if (!viewer.isClinical() && !viewer.hasRole("THERAPIST")) {
			data.put("clinical", false);
			data.put("status", this.intakeService.statusOf(clientId));
			return Optional.of(new Card("intake/hub-card", data));
		}
		var card = this.intakeService.card(clientId, LocalDate.now(this.clinicTime.clock()));
		// a therapist outside the client's care sees what the desk sees, unless the first intake is still
		// to be done: doing it starts care
		boolean clinical = viewer.isClinical() || !card.status().isComplete();
		data.put("clinical", clinical);
		data.put("status", card.status());
		if (clinical) {
			var picture = card.picture();
			var liveFlags = card.liveFlags();
			data.put("holds", picture.holds());
			data.put("liveFlags", liveFlags);
			data.put("intakeComplete", picture.isIntakeComplete());
			data.put("bodyMap", picture.bodyMap(java.util.Set.of()));
			data.put("frontRegions", BodyRegion.on(BodyRegion.Side.FRONT));
			data.put("backRegions", BodyRegion.on(BodyRegion.Side.BACK));
		}
		return Optional.of(new Card("intake/hub-card", data));
	}

}
