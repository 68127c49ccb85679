package com.holdspace.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.client.ClientView;
import com.holdspace.client.ClientEmailChanged;
import com.holdspace.client.ClientService;
import com.holdspace.messaging.MessagingProperties;
import com.holdspace.messaging.Outbox;
import com.holdspace.messaging.OutgoingMessage;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.Refused;
import com.holdspace.shared.SecretTokens;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.PortalAccounts;

/**
 * Invitations to the portal: the front desk or a therapist sends one to the client's email; its
 * link sets a password once and runs out ({@code holdspace.portal.invitation-validity}, 48 hours by
 * default). Sending again replaces the open one; revoking ends it.
 */
@NamedInterface("api")
@Service
@Transactional
public class Invitations {

	private static final String ONLINE_INVITER = "the client, online";

	static final String MESSAGE_KIND = "PORTAL_INVITATION";

	private final PortalInvitationRepository invitations;

	private final ClientService clients;

	private final PortalAccounts accounts;

	private final Outbox outbox;

	private final MessageSource messages;

	private final MessagingProperties mail;

	private final ClinicTime clinicTime;

	private final Clock clock;

	private final Duration validity;

	private final String publicUrl;

	Invitations(PortalInvitationRepository invitations, ClientService clients, PortalAccounts accounts, Outbox outbox,
			MessageSource messages, MessagingProperties mail, ClinicTime clinicTime,
			@Value("${holdspace.portal.invitation-validity:48h}") Duration validity,
			@Value("${holdspace.public-url:http://localhost:8080}") String publicUrl) {
		this.invitations = invitations;
		this.clients = clients;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.mail = mail;
		this.clinicTime = clinicTime;
		this.clock = clinicTime.clock();
		this.validity = validity;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Where a client stands with the portal: a login, an invitation on its way, or neither. */
	@Transactional(readOnly = true)
	public PortalStatus status(long clientId) {
		Optional<String> login = this.accounts.loginOf(clientId);
		if (login.isPresent()) {
			return new PortalStatus(login.get(), null);
		}
		return new PortalStatus(null, this.invitations.findOpen(clientId).orElse(null));
	}

	/** A login, or the open invitation (which may have run out), or neither. */
	public record PortalStatus(String login, PortalInvitation invitation) {

		public boolean hasLogin() {
			return this.login != null;
		}

		public Instant invitedAt() {
			return (this.invitation != null) ? this.invitation.getCreatedAt() : null;
		}

		public Instant expiresAt() {
			return (this.invitation != null) ? this.invitation.getExpiresAt() : null;
		}

		public String invitedEmail() {
			return (this.invitation != null) ? this.invitation.getEmail() : null;
		}

		public String invitedBy() {
			return (this.invitation != null) ? this.invitation.getInvitedByName() : null;
		}

	}

	/**
	 * Sends the client an invitation, replacing one still open. Refused for a client without an
	 * email, who already has a login, or whose email already signs someone else in.
	 */
	public void invite(long clientId, HoldspaceUser by) {
		ClientView client = this.clients.get(clientId);
		if (client.email() == null) {
			throw Refused.because("portal.invite.error.noEmail");
		}
		if (this.accounts.loginOf(clientId).isPresent()) {
			throw Refused.because("portal.invite.error.hasLogin");
		}
		if (this.accounts.emailTaken(client.email())
				|| this.invitations.openForOthers(client.email(), clientId)) {
			throw Refused.because("portal.invite.error.emailTaken");
		}
		Instant now = this.clock.instant();
		this.invitations.lockOpen(clientId).ifPresent(open -> {
			open.revoke(now);
			this.invitations.saveAndFlush(open);
		});
		String token = newToken();
		PortalInvitation invitation = this.invitations.saveAndFlush(new PortalInvitation(clientId, client.email(),
				sha256(token), by.getAccountId(), by.getDisplayName(), now, now.plus(this.validity)));
		queueEmail(client, invitation, token);
	}

	/**
	 * An invitation for a new client who has just confirmed an online booking, to set up their login
	 * at once and go on to their intake: answers the link's token, or empty where {@link #invite}
	 * would refuse (a login already, an email that signs someone else in). Nothing is emailed: the
	 * client is on the page.
	 */
	public Optional<String> inviteOnline(long clientId) {
		ClientView client = this.clients.get(clientId);
		if (client.email() == null || this.accounts.loginOf(clientId).isPresent()
				|| this.accounts.emailTaken(client.email())
				|| this.invitations.openForOthers(client.email(), clientId)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		this.invitations.lockOpen(clientId).ifPresent(open -> {
			open.revoke(now);
			this.invitations.saveAndFlush(open);
		});
		String token = newToken();
		this.invitations.saveAndFlush(new PortalInvitation(clientId, client.email(), sha256(token), null,
				ONLINE_INVITER, now, now.plus(this.validity)));
		return Optional.of(token);
	}

	public void revoke(long clientId) {
		this.invitations.lockOpen(clientId).ifPresent(open -> {
			open.revoke(this.clock.instant());
			this.invitations.saveAndFlush(open);
		});
	}

	/**
	 * A link sent to an address the client no longer has must not let anyone in: a new email ends the
	 * open invitation, and staff send a new one to the new address.
	 */
	@EventListener
	void emailChanged(ClientEmailChanged change) {
		revoke(change.clientId());
	}

	/** The invitation a link opens, while it still sets a password. */
	@Transactional(readOnly = true)
	Optional<PortalInvitation> open(String token) {
		return this.invitations.findByTokenSha256(sha256(token))
			.filter(invitation -> invitation.isOpenAt(this.clock.instant()));
	}

	/** Sets the password once: the login is made and the link no longer opens. */
	void accept(String token, String password) {
		PortalInvitation invitation = this.invitations.lockByTokenSha256(sha256(token))
			.filter(found -> found.isOpenAt(this.clock.instant()))
			.orElseThrow(InvitationClosedException::new);
		ClientView client = this.clients.get(invitation.getClientId());
		if (this.accounts.emailTaken(invitation.getEmail()) || this.accounts.loginOf(client.id()).isPresent()) {
			throw new InvitationClosedException();
		}
		this.accounts.open(invitation.getEmail(), client.calledName(), password, client.id());
		invitation.accept(this.clock.instant());
		this.invitations.saveAndFlush(invitation);
	}

	private void queueEmail(ClientView client, PortalInvitation invitation, String token) {
		// the link sets a password: it is stored apart from the body, encrypted, until the email is sent
		String link = this.publicUrl + "/invitations/" + token;
		String body = String.join("\n\n", text("portal.invite.email.greeting", client.calledName()),
				text("portal.invite.email.body", this.mail.clinicName()),
				text("portal.invite.email.link", OutgoingMessage.LINK,
						this.clinicTime.dateTime(invitation.getExpiresAt())),
				text("portal.invite.email.ignore"), this.mail.clinicName()) + "\n";
		this.outbox.queueWithLink(MESSAGE_KIND, invitation.getEmail(),
				text("portal.invite.email.subject", this.mail.clinicName()), body, link, null);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.UK);
	}

	private static String newToken() {
		return SecretTokens.newToken();
	}

	static String sha256(String token) {
		return SecretTokens.sha256(token);
	}

	/** A link that no longer sets a password: used, revoked, run out or never sent. */
	static class InvitationClosedException extends RuntimeException {

		InvitationClosedException() {
			super("The invitation is closed");
		}

	}

}
