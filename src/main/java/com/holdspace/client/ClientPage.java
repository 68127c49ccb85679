package com.holdspace.client;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.shared.CareRelationship;
import com.holdspace.shared.SignedInPerson;

/**
 * The client page as one read: the record, every feature's card and the preferred therapist, in a
 * single read-only transaction on one connection, rather than one per card. Whether the viewer
 * reads the client's clinical records is decided once here, for every card.
 */
@Component
class ClientPage {

	/** What the page shows. */
	record View(Client client, List<ClientHubCard.Card> cards, Optional<StaffMember> preferredTherapist) {
	}

	private final ClientService clients;

	private final StaffDirectory staff;

	private final List<ClientHubCard> cards;

	private final CareRelationship care;

	ClientPage(ClientService clients, StaffDirectory staff, List<ClientHubCard> cards, CareRelationship care) {
		this.clients = clients;
		this.staff = staff;
		this.care = care;
		this.cards = cards.stream().sorted(Comparator.comparingInt(ClientHubCard::order)).toList();
	}

	@Transactional(readOnly = true)
	View read(long clientId, Authentication viewer) {
		Client client = this.clients.find(clientId);
		boolean clinical = viewer.getPrincipal() instanceof SignedInPerson person
				&& this.care.mayReadClinical(person, clientId);
		ClientHubCard.Reader reader = new ClientHubCard.Reader(viewer, clinical);
		List<ClientHubCard.Card> shown = this.cards.stream().flatMap(card -> card.cardFor(clientId, reader).stream()).toList();
		Optional<StaffMember> preferred = Optional.ofNullable(client.getPreferredTherapistId()).flatMap(this.staff::find);
		return new View(client, shown, preferred);
	}

}
