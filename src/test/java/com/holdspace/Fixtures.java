package com.holdspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.client.ClientDetails;
import com.holdspace.client.ClientService;
import com.holdspace.client.ContactMethod;
import com.holdspace.client.EmergencyContact;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;
import com.holdspace.staff.StaffService;

import jakarta.servlet.http.Cookie;

/** People for integration tests, each with a unique email so tests never collide. */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private final StaffService staff;

	private final ClientService clients;

	private final PortalAccounts portalAccounts;

	private final JdbcTemplate jdbc;

	private final SecondFactorCodes codes;

	Fixtures(StaffService staff, ClientService clients, PortalAccounts portalAccounts, JdbcTemplate jdbc,
			SecondFactorCodes codes) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.staff = staff;
		this.clients = clients;
		this.portalAccounts = portalAccounts;
	}

	public static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.holdspace";
	}

	/**
	 * Opens a staff account, its second factor set up with {@link SecondFactorCodes#SECRET}, and
	 * returns its email (the login name).
	 */
	public String staffMember(Role role) {
		String email = uniqueEmail(role.name().toLowerCase());
		long id = this.staff.open(email, "Test " + role.name().toLowerCase(), PASSWORD, role).getId();
		this.jdbc.update("update account set totp_secret = ?, second_factor_since = now() where id = ?",
				SecondFactorCodes.SECRET, id);
		return email;
	}

	/** A first sign-in: scans the key off the set-up page, as the app would, and types its code. */
	private Cookie setUpSecondFactor(MockMvc mvc, Cookie pending) throws Exception {
		String page = mvc.perform(get("/login/second-factor/setup").cookie(pending))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var key = java.util.regex.Pattern.compile("id=\"secret-key\">([A-Z2-7 ]+)<").matcher(page);
		if (!key.find()) {
			throw new IllegalStateException("The set-up page shows no key");
		}
		String secret = key.group(1).replace(" ", "");
		var done = mvc.perform(post("/login/second-factor/setup")
			.param("code", SecondFactorCodes.code(secret, TestClock.current().getEpochSecond() / 30))
			.cookie(pending)
			.with(csrf())).andReturn().getResponse();
		Cookie renewed = done.getCookie("SESSION");
		return (renewed != null && !renewed.getValue().isEmpty()) ? renewed : pending;
	}

	/**
	 * Signs a staff member in through the sign-in form and the second factor, as on a tablet, and
	 * answers the session cookie.
	 */
	public Cookie signIn(MockMvc mvc, String email) throws Exception {
		return signIn(mvc, email, PASSWORD);
	}

	public Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
		// from an address of its own, so that no other test's failed sign-ins count against this one
		String address = "198.19." + (int) (Math.random() * 256) + "." + (1 + (int) (Math.random() * 254));
		var answer = mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse();
		Cookie pending = answer.getCookie("SESSION");
		if ("/login/second-factor/setup".equals(answer.getRedirectedUrl())) {
			return setUpSecondFactor(mvc, pending);
		}
		if (!"/login/second-factor".equals(answer.getRedirectedUrl())) {
			throw new IllegalStateException(email + " was not asked for a second factor: " + answer.getRedirectedUrl());
		}
		var complete = mvc.perform(post("/login/second-factor").param("code", this.codes.codeFor(email))
			.cookie(pending)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse();
		Cookie renewed = complete.getCookie("SESSION");
		return (renewed != null && !renewed.getValue().isEmpty()) ? renewed : pending;
	}

	/** A staff account as an admin opens it: the second factor is set up at its first sign-in. */
	public void staffWithoutSecondFactor(String email, Role role) {
		this.staff.open(email, "New " + role.name().toLowerCase(), PASSWORD, role);
	}

	public long staffId(String email) {
		return this.staff.staff().stream().filter(a -> a.getEmail().equals(email)).findFirst().orElseThrow().getId();
	}

	public long client(String legalName) {
		var details = new ClientDetails(legalName, null, null, LocalDate.of(1988, 5, 17), "+44 7700 900555",
				uniqueEmail("client"), ContactMethod.EMAIL, null, null,
				List.of(new EmergencyContact("Kim Contact", "Friend", "+44 7700 900556")));
		return this.clients.create(UUID.randomUUID(), details);
	}

	/** A client record with a portal login; returns the login email. */
	public String clientWithLogin(String legalName) {
		long clientId = client(legalName);
		String email = uniqueEmail("portal");
		this.portalAccounts.open(email, legalName, PASSWORD, clientId);
		return email;
	}

}
