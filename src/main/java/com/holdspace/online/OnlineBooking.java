package com.holdspace.online;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.AuditLog;
import com.holdspace.booking.BookingRequest;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.ClinicResources;
import com.holdspace.booking.OnlineTimes;
import com.holdspace.booking.SessionTypeView;
import com.holdspace.client.ClientDetails;
import com.holdspace.client.ClientService;
import com.holdspace.client.ContactMethod;
import com.holdspace.client.EmergencyContact;
import com.holdspace.portal.Invitations;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.SecretTokens;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * A new client booking themself: the times on offer, the time held while they open the emailed
 * link, and the confirmation that makes it theirs. Whether the email already belongs to a client is
 * never shown on a page; only the email sent to that address differs.
 */
@Service
class OnlineBooking {

	private final ClinicResources resources;

	private final StaffDirectory staff;

	private final OnlineTimes times;

	private final PublicTimes shown;

	private final BookingService bookings;

	private final BookingViews views;

	private final ClientService clients;

	private final OnlineRequestRepository requests;

	private final OnlineEmails emails;

	private final Invitations invitations;

	private final AuditLog audit;

	private final OnlineProperties properties;

	private final ClinicTime clinicTime;

	private final TransactionTemplate writes;

	OnlineBooking(ClinicResources resources, StaffDirectory staff, OnlineTimes times, PublicTimes shown, BookingService bookings,
			BookingViews views, ClientService clients, OnlineRequestRepository requests, OnlineEmails emails,
			Invitations invitations, AuditLog audit, OnlineProperties properties, ClinicTime clinicTime,
			PlatformTransactionManager transactions) {
		this.resources = resources;
		this.staff = staff;
		this.times = times;
		this.shown = shown;
		this.bookings = bookings;
		this.views = views;
		this.clients = clients;
		this.requests = requests;
		this.emails = emails;
		this.invitations = invitations;
		this.audit = audit;
		this.properties = properties;
		this.clinicTime = clinicTime;
		this.writes = new TransactionTemplate(transactions);
	}

	/** The kinds of session a new client may book online, as the admin chose them. */
	List<SessionTypeView> typesForNewClients() {
		return this.resources.activeTypeViews().stream().filter(SessionTypeView::onlineForNew).toList();
	}

	/** The therapists a visitor may choose, at one site or all. */
	List<StaffMember> therapists(Long siteId) {
		return (siteId != null) ? this.staff.activeTherapists(siteId) : this.staff.activeTherapists();
	}

	/**
	 * The free starts on one day, for one therapist or for anyone: then each start once, with the
	 * first therapist free at it. The same times the desk and a returning client are offered.
	 */
	List<TimeChoice> times(SessionTypeView type, Long therapistId, Long siteId, LocalDate day) {
		return this.shown.freeTimes(type.id(), therapistId, siteId, day)
			.stream()
			.map(free -> new TimeChoice(free.startsAt(), free.therapistId(), free.therapistName(),
					this.clinicTime.time(free.startsAt())))
			.toList();
	}

	/**
	 * Refuses a start the public page would not have offered: another day than those it shows, or
	 * a time that is not free with that therapist.
	 */
	private void requireOffered(SessionTypeView type, long therapistId, Instant startsAt) {
		LocalDate day = this.clinicTime.day(startsAt);
		LocalDate today = LocalDate.now(this.clinicTime.clock());
		boolean shown = day.isAfter(today) && !day.isAfter(today.plusDays(this.properties.daysAhead()));
		if (!shown || this.times.freeTimes(type.id(), therapistId, null, day, null, false)
			.stream()
			.noneMatch(free -> free.startsAt().equals(startsAt) && free.therapistId() == therapistId)) {
			throw Refused.because("online.refused.taken");
		}
	}

	/** The type a new client may book, or refused: a type not offered online is never booked from here. */
	SessionTypeView offeredType(long typeId) {
		return typesForNewClients().stream()
			.filter(type -> type.id() == typeId)
			.findFirst()
			.orElseThrow(() -> new Refused("type", "online.refused.type"));
	}

	/**
	 * Holds the time for the person who typed these details and emails them the link that confirms
	 * it. An email a client already has books for that client; a client whose record stops them
	 * being booked for touch is emailed the clinic's number instead, and nothing is held.
	 */
	void hold(NewClient person, SessionTypeView type, long therapistId, Instant startsAt, UUID creationToken) {
		if (this.views.madeBy(creationToken).isPresent()) {
			// the same form sent again: the first one held the time and sent the one email
			return;
		}
		// the time first, the same for every email: whose email it is must not change the answer
		requireOffered(type, therapistId, startsAt);
		Optional<Long> known = this.clients.onlyClientWithEmail(person.email())
			.filter(id -> !this.requests.neverConfirmedNewClient(id));
		long clientId = known.orElseGet(() -> this.clients.create(creationToken, details(person)));
		Instant until = this.clinicTime.clock().instant().plus(this.properties.hold());
		BookingView held;
		try {
			held = this.bookings.bookOnline(
					new BookingRequest(creationToken, clientId, type.id(), therapistId, null, startsAt), until);
		}
		catch (Refused refused) {
			if (known.isPresent() && refused.codes().contains("booking.refused.on-hold")) {
				this.writes.executeWithoutResult(status -> this.emails.callTheClinic(person.email(), person.name()));
				this.audit.record(AuditAction.EDIT, clientId, "Online booking not held: the clinic will call", null);
				return;
			}
			throw refused;
		}
		if (this.requests.existsByBookingId(held.id())) {
			// the same form sent twice (a double tap): one hold, one email
			return;
		}
		String token = SecretTokens.newToken();
		try {
			this.writes.executeWithoutResult(status -> {
				this.requests.saveAndFlush(new OnlineRequest(SecretTokens.sha256(token), held.id(), clientId,
						known.isEmpty(), this.clinicTime.clock().instant(), until));
				this.emails.confirmLink(person.email(), person.name(), held, token, until);
			});
		}
		catch (DataIntegrityViolationException sameTapTwice) {
			// two taps at the same moment: the other one holds the time and sends the one email
			return;
		}
		this.audit.record(AuditAction.EDIT, clientId, "Online booking " + held.id() + " held until confirmed", null);
	}

	/** What the emailed link shows: the booking and where it stands. */
	RequestPage page(String token) {
		OnlineRequest request = this.requests.findByTokenSha256(SecretTokens.sha256(token))
			.orElseThrow(() -> new NotFoundException("Online booking", "link"));
		return page(request, null);
	}

	/** The client opened the link and confirmed: the time is theirs, and their portal login can be set up. */
	RequestPage confirm(String token) {
		return this.writes.execute(status -> {
			OnlineRequest request = this.requests.lockByTokenSha256(SecretTokens.sha256(token))
				.orElseThrow(() -> new NotFoundException("Online booking", "link"));
			if (request.isConfirmed() || request.hasLapsedAt(this.clinicTime.clock().instant())) {
				return page(request, null);
			}
			BookingView booking = this.bookings.confirmOnline(request.getBookingId());
			if (booking.isCancelled()) {
				return page(request, null);
			}
			request.confirmed(this.clinicTime.clock().instant());
			this.requests.saveAndFlush(request);
			this.audit.record(AuditAction.EDIT, request.getClientId(),
					"Online booking " + request.getBookingId() + " confirmed by the emailed link", null);
			// a login only for the record this request made; a known client's logins are the clinic's to offer
			String invitation = request.isNewClient()
					? this.invitations.inviteOnline(request.getClientId()).orElse(null) : null;
			return page(request, invitation);
		});
	}

	private RequestPage page(OnlineRequest request, String invitationToken) {
		BookingView booking = this.views.view(request.getBookingId());
		RequestPage.State state;
		if (booking.isCancelled()) {
			state = RequestPage.State.LAPSED;
		}
		else if (request.isConfirmed()) {
			state = RequestPage.State.CONFIRMED;
		}
		else if (request.hasLapsedAt(this.clinicTime.clock().instant())) {
			state = RequestPage.State.LAPSED;
		}
		else {
			state = RequestPage.State.OPEN;
		}
		return new RequestPage(state, booking.sessionTypeName(), this.clinicTime.date(booking.startsAt()),
				this.clinicTime.time(booking.startsAt()), this.clinicTime.time(booking.endsAt()),
				OnlineEmails.firstName(booking.therapistName()), this.clinicTime.time(request.getExpiresAt()), invitationToken);
	}

	private static ClientDetails details(NewClient person) {
		return new ClientDetails(person.name(), null, null, person.dateOfBirth(), person.phone(), person.email(),
				ContactMethod.EMAIL, null, "Booked online: details to complete at the first visit",
				List.of(new EmergencyContact(person.emergencyName(), person.emergencyRelationship(),
						person.emergencyPhone())));
	}

}
