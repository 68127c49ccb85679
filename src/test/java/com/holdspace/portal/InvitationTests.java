package com.holdspace.portal;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.TestDatabase;
import com.holdspace.messaging.MessagingFixtures;
import com.holdspace.staff.Role;

import jakarta.servlet.http.Cookie;

/**
 * Inviting a client to the portal: the email with its link, setting a password once, a link that
 * runs out, is sent again or revoked, and the invitations that cannot be sent.
 */
@IntegrationTest
class InvitationTests {

	private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MessagingFixtures messaging;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	private long clientId;

	private UserDetails desk;

	@BeforeEach
	void aClientWithoutALogin() {
		this.clientId = this.fixtures.client("Invited Client");
		this.desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
	}

	@Test
	void theDeskInvitesByEmailAndTheLinkSetsAPasswordOnce() throws Exception {
		invite().andExpect(flash().attribute("notice", "portal.invite.notice.sent"));
		String token = tokenFromEmail();
		assertThat(this.jdbc.queryForObject("select count(*) from portal_invitation where token_sha256 = ?",
				Integer.class, token)).as("only the hash of the link is kept").isZero();

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email())));
		this.mvc.perform(post("/invitations/" + token).with(csrf())
			.param("password", "a quiet walk by the river")
			.param("repeat", "a quiet walk by the river")).andExpect(redirectedUrl("/me"));

		this.mvc.perform(formLogin("/login").user(email()).password("a quiet walk by the river"))
			.andExpect(authenticated().withRoles("CLIENT"));
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isGone());
		this.mvc.perform(post("/invitations/" + token).with(csrf())
			.param("password", "someone else's password")
			.param("repeat", "someone else's password")).andExpect(status().isGone());
		this.mvc.perform(formLogin("/login").user(email()).password("someone else's password"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/clients/" + this.clientId).with(user(this.desk)))
			.andExpect(content().string(containsString("Signs in to read their aftercare and consents as " + email())));
	}

	@Test
	void settingThePasswordSignsTheClientInToAFreshSessionAndTheAuditLogSaysSo() throws Exception {
		invite();
		String token = tokenFromEmail();
		// someone else was signed in on this phone: their session must end, not carry over
		String before = this.fixtures.clientWithLogin("Signed In Before");
		Cookie theirs = this.mvc.perform(formLogin("/login").user(before).password(Fixtures.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		MvcResult accepted = this.mvc.perform(post("/invitations/" + token).with(csrf())
			.cookie(theirs)
			.param("password", "a quiet walk by the river")
			.param("repeat", "a quiet walk by the river"))
			.andExpect(redirectedUrl("/me"))
			.andExpect(flash().attribute("notice", "portal.accept.notice.signedIn"))
			.andExpect(authenticated().withUsername(email()).withRoles("CLIENT"))
			.andReturn();

		Cookie session = accepted.getResponse().getCookie("SESSION");
		assertThat(session).as("a session cookie for the new sign-in").isNotNull();
		assertThat(session.getValue()).as("a new session id").isNotEqualTo(theirs.getValue());
		assertThat(sessionsOf(before)).as("the earlier sign-in's session has ended").isZero();
		assertThat(sessionsOf(email())).as("the sign-in is kept in the session store").isEqualTo(1);
		this.mvc.perform(get("/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password is set and you are signed in.")))
			.andExpect(content().string(containsString("Hello, Invited Client")));
		this.mvc.perform(get("/me").cookie(theirs)).andExpect(status().isFound());
		assertThat(this.jdbc.queryForList("select action from audit_event where actor = ? order by id", String.class,
				email()))
			.as("the sign-in is in the audit log, as one through the sign-in page would be, before anything they did")
			.startsWith("SIGN_IN")
			.containsOnlyOnce("SIGN_IN");
	}

	private int sessionsOf(String email) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email);
	}

	@Test
	void theLinkCannotBeUsedAgainOnceThePasswordIsSet() throws Exception {
		invite();
		String token = tokenFromEmail();
		this.mvc.perform(post("/invitations/" + token).with(csrf())
			.param("password", "a quiet walk by the river")
			.param("repeat", "a quiet walk by the river")).andExpect(redirectedUrl("/me"));

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link no longer works")));
		this.mvc.perform(post("/invitations/" + token).with(csrf())
			.param("password", "someone else's password")
			.param("repeat", "someone else's password"))
			.andExpect(status().isGone())
			.andExpect(unauthenticated());
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email()))
			.as("still the one login").isEqualTo(1);
		this.mvc.perform(formLogin("/login").user(email()).password("a quiet walk by the river"))
			.andExpect(authenticated().withRoles("CLIENT"));
		this.mvc.perform(formLogin("/login").user(email()).password("someone else's password"))
			.andExpect(unauthenticated());
	}

	@Test
	void aPasswordThatIsTooShortOrNotTypedTheSameTwiceIsRefusedNextToItsField() throws Exception {
		invite();
		String token = tokenFromEmail();

		this.mvc.perform(post("/invitations/" + token).with(csrf()).param("password", "short").param("repeat", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\">Passwords need 12 to 128 characters.")));
		this.mvc.perform(post("/invitations/" + token).with(csrf())
			.param("password", "a quiet walk by the river")
			.param("repeat", "a quiet walk by the sea"))
			.andExpect(content().string(containsString("id=\"repeat-error\">The two passwords are not the same.")));
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isOk());
	}

	@Test
	void aLinkRunsOutAfterFortyEightHours() throws Exception {
		invite();
		String token = tokenFromEmail();

		this.clock.moveTo(this.clock.instant().plus(Duration.ofHours(47)));
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isOk());
		this.clock.moveTo(this.clock.instant().plus(Duration.ofHours(2)));
		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link no longer works")));
	}

	@Test
	void sendingAgainReplacesTheLinkAndRevokingEndsIt() throws Exception {
		invite();
		String first = tokenFromEmail();
		invite();
		String second = tokenFromEmail();

		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get("/invitations/" + first)).andExpect(status().isGone());
		this.mvc.perform(get("/invitations/" + second)).andExpect(status().isOk());

		this.mvc.perform(post("/clients/" + this.clientId + "/invitation/revoke").with(user(this.desk)).with(csrf()))
			.andExpect(flash().attribute("notice", "portal.invite.notice.revoked"));
		this.mvc.perform(get("/invitations/" + second)).andExpect(status().isGone());
	}

	@Test
	void noInvitationForAClientWithoutAnEmailOrWithALoginAlready() throws Exception {
		this.jdbc.update("update client set email = null, preferred_contact = 'PHONE' where id = ?", this.clientId);
		invite().andExpect(flash().attribute("problem", "portal.invite.error.noEmail"));

		String login = this.fixtures.clientWithLogin("Has A Login");
		long withLogin = this.jdbc.queryForObject("select client_id from account where email = ?", Long.class, login);
		this.mvc.perform(post("/clients/" + withLogin + "/invitation").with(user(this.desk)).with(csrf()))
			.andExpect(flash().attribute("problem", "portal.invite.error.hasLogin"));
		assertThat(this.jdbc.queryForObject("select count(*) from portal_invitation where client_id in (?, ?)",
				Integer.class, this.clientId, withLogin)).isZero();
	}

	@Test
	void theLinkGoesOutInTheEmailAndNoStoredRowKeepsIt() throws Exception {
		invite().andExpect(flash().attribute("notice", "portal.invite.notice.sent"));
		String queued = this.jdbc.queryForObject("""
				select body from outgoing_message where kind = 'PORTAL_INVITATION' and recipient = ?
				order by id desc limit 1""", String.class, email());
		assertThat(queued).as("the body waits with a mark where the link goes").contains("{{link}}")
			.doesNotContain("/invitations/");

		this.messaging.sendAll();

		List<jakarta.mail.internet.MimeMessage> sent = this.messaging.mailTo(email());
		assertThat(sent).isNotEmpty();
		String text = (String) sent.get(sent.size() - 1).getContent();
		Matcher link = Pattern.compile("http://localhost:8080/invitations/([A-Za-z0-9_-]{43})").matcher(text);
		assertThat(link.find()).as("the email as sent holds the link: %s", text).isTrue();
		String token = link.group(1);
		assertThat(text).doesNotContain("{{link}}");

		var row = this.jdbc.queryForMap("""
				select body, link, sent_at from outgoing_message where kind = 'PORTAL_INVITATION' and recipient = ?
				order by id desc limit 1""", email());
		assertThat(row.get("sent_at")).isNotNull();
		assertThat(row.get("link")).as("the link is dropped once sent").isNull();
		// every row of every table, as text: the token is nowhere
		JdbcTemplate admin = TestDatabase.admin().jdbc();
		List<String> holding = admin
			.queryForList("select tablename from pg_tables where schemaname = 'public' order by 1", String.class)
			.stream()
			.filter(table -> admin.queryForObject("select count(*) from " + table + " t where t::text like ?",
					Long.class, "%" + token + "%") > 0)
			.toList();
		assertThat(holding).as("tables with a row that holds the link's token").isEmpty();

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email())));
	}

	@Test
	void aTherapistInvitesToo() throws Exception {
		var therapist = this.users.loadUserByUsername(this.fixtures.staffMember(Role.THERAPIST));

		this.mvc.perform(post("/clients/" + this.clientId + "/invitation").with(user(therapist)).with(csrf()))
			.andExpect(flash().attribute("notice", "portal.invite.notice.sent"));
	}

	private ResultActions invite() throws Exception {
		return this.mvc.perform(post("/clients/" + this.clientId + "/invitation").with(user(this.desk)).with(csrf()));
	}

	/** The link in the newest invitation email to this client. */
	private String tokenFromEmail() {
		List<String> links = this.jdbc.queryForList("""
				select link from outgoing_message where kind = 'PORTAL_INVITATION' and recipient = ? order by id desc""",
				String.class, email());
		Matcher link = LINK.matcher(String.valueOf(MessagingFixtures.queuedLink(links.get(0))));
		assertThat(link.find()).as("the email holds the link").isTrue();
		return link.group(1);
	}

	private String email() {
		return this.jdbc.queryForObject("select email from client where id = ?", String.class, this.clientId);
	}

}
