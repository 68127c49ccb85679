package com.holdspace.client;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * The client page as one read: the record, every feature's card and the preferred therapist, in a
 * single read-only transaction on one connection, rather than one per card.
 */
@Component
class ClientPage {

	/** What the page shows. */
	record View(Client client, List<ClientHubCard.Card> cards, Optional<StaffMember> preferredTherapist) {
	}

	private final ClientService clients;

	private final StaffDirectory staff;

	private final List<ClientHubCard> cards;

	ClientPage(ClientService clients, StaffDirectory staff, List<ClientHubCard> cards) {
		this.clients = clients;
		this.staff = staff;
		this.cards = cards.stream().sorted(Comparator.comparingInt(ClientHubCard::order)).toList();
	}

	@Transactional(readOnly = true)
	View read(long clientId, Authentication viewer) {
		Client client = this.clients.get(clientId);
		List<ClientHubCard.Card> shown = this.cards.stream().flatMap(card -> card.cardFor(clientId, viewer).stream()).toList();
		Optional<StaffMember> preferred = Optional.ofNullable(client.getPreferredTherapistId()).flatMap(this.staff::find);
		return new View(client, shown, preferred);
	}

}
