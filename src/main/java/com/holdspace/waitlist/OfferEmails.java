package com.holdspace.waitlist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.holdspace.booking.ClinicResources;
import com.holdspace.booking.SessionTypeView;
import com.holdspace.client.ClientView;
import com.holdspace.messaging.Outbox;
import com.holdspace.messaging.OutgoingMessage;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/** The email that tells a waiting client about an offered time, queued with the offer. */
@Component
class OfferEmails {

	static final String MESSAGE_KIND = "WAITLIST_OFFER";

	private final ClinicResources resources;

	private final StaffDirectory staff;

	private final Outbox outbox;

	private final SlotWords words;

	private final String publicUrl;

	OfferEmails(ClinicResources resources, StaffDirectory staff, Outbox outbox, SlotWords words,
			@Value("${holdspace.public-url:http://localhost:8080}") String publicUrl) {
		this.resources = resources;
		this.staff = staff;
		this.outbox = outbox;
		this.words = words;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Queues the offer's email in the transaction that makes the offer. */
	void queue(WaitlistOffer offer, String token, ClientView client, SessionTypeView type) {
		String therapist = this.staff.find(offer.getTherapistId()).map(StaffMember::displayName).orElse("");
		String body = this.words.text("waitlist.email.body", client.calledName(),
				this.words.day(offer.getStartsAt()),
				this.words.span(offer.getStartsAt(), offer.getStartsAt().plus(type.duration())), type.name(),
				SlotWords.firstName(therapist), this.resources.roomName(offer.getRoomId()), OutgoingMessage.LINK,
				this.words.moment(offer.getExpiresAt()));
		// no booking id: the message is about a time, not about the cancelled client's booking; the link
		// books it, so it is stored apart from the body, encrypted, until the email is sent
		this.outbox.queueWithLink(MESSAGE_KIND, client.email(), this.words.text("waitlist.email.subject"), body,
				this.publicUrl + "/offers/" + token, "waitlist-offer-" + offer.getId());
	}

}
