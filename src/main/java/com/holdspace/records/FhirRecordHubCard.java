package com.holdspace.records;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * The link to the client's whole record as FHIR on the client page, for those who may take it: admin
 * and the therapists in the client's care. Nobody else sees the card.
 */
@Component
class FhirRecordHubCard implements ClientHubCard {

	@Override
	public int order() {
		return 45;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!viewer.isClinical() || !(viewer.hasRole("ADMIN") || viewer.hasRole("THERAPIST"))) {
			return Optional.empty();
		}
		return Optional.of(new Card("records/fhir-card", Map.of("clientId", clientId)));
	}

}
