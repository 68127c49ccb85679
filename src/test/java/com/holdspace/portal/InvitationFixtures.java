package com.holdspace.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import com.holdspace.Fixtures;
import com.holdspace.messaging.MessagingFixtures;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/** Portal invitations as the front desk sends them, and the link each email carries. */
@Component
public class InvitationFixtures {

	private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

	private final Invitations invitations;

	private final Fixtures fixtures;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	InvitationFixtures(Invitations invitations, Fixtures fixtures, UserDetailsService users, JdbcTemplate jdbc) {
		this.invitations = invitations;
		this.fixtures = fixtures;
		this.users = users;
		this.jdbc = jdbc;
	}

	/** The front desk invites the client; answers the token of the link in the email. */
	public String invite(long clientId) {
		var desk = (HoldspaceUser) this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		this.invitations.invite(clientId, desk);
		return tokenSentTo(emailOf(clientId));
	}

	public String emailOf(long clientId) {
		return this.jdbc.queryForObject("select email from client where id = ?", String.class, clientId);
	}

	/** The token in the newest invitation email to this address. */
	public String tokenSentTo(String email) {
		String stored = this.jdbc.queryForObject("""
				select link from outgoing_message where kind = 'PORTAL_INVITATION' and recipient = ?
				order by id desc limit 1""", String.class, email);
		Matcher link = LINK.matcher(String.valueOf(MessagingFixtures.queuedLink(stored)));
		if (!link.find()) {
			throw new IllegalStateException("The invitation email holds no link");
		}
		return link.group(1);
	}

}
