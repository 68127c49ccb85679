package com.holdspace.staff;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.SecondFactorCodes;
import com.holdspace.TestClock;

import jakarta.servlet.http.Cookie;

/**
 * Staff give a code from their authenticator app after their password; each code works once;
 * recovery codes stand in for a lost phone; admin pages ask again after 30 minutes; clients are not
 * asked; and an admin can see and end anyone's sign-ins and reset a lost second factor.
 */
@IntegrationTest
class SecondFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SecondFactorCodes codes;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	@Test
	void thePasswordAloneOpensNothingButTheSecondFactorPage() throws Exception {
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		Cookie pending = passwordOnly(therapist);

		this.mvc.perform(get("/clients").cookie(pending)).andExpect(redirectedUrl("/login/second-factor"));
		this.mvc.perform(get("/").cookie(pending)).andExpect(redirectedUrl("/login/second-factor"));
		this.mvc.perform(get("/login/second-factor").cookie(pending))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"mainnav\""))));

		this.mvc.perform(post("/login/second-factor").param("code", "000000").cookie(pending).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\">That code did not work.")));

		var done = this.mvc
			.perform(post("/login/second-factor").param("code", this.codes.codeFor(therapist)).cookie(pending)
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse();
		Cookie signedIn = done.getCookie("SESSION");
		assertThat(signedIn.getValue()).as("a new session id at sign-in").isNotEqualTo(pending.getValue());
		this.mvc.perform(get("/clients").cookie(signedIn)).andExpect(status().isOk());
	}

	@Test
	void aCodeWorksOnceEvenSentAgainAtOnce() throws Exception {
		String desk = this.fixtures.staffMember(Role.FRONT_DESK);
		String code = this.codes.codeFor(desk);

		Cookie first = passwordOnly(desk);
		this.mvc.perform(post("/login/second-factor").param("code", code).cookie(first).with(csrf()))
			.andExpect(status().isFound());
		Cookie second = passwordOnly(desk);
		this.mvc.perform(post("/login/second-factor").param("code", code).cookie(second).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That code did not work")));
	}

	@Test
	void aRecoveryCodeStandsInForALostPhoneOnce() throws Exception {
		var visitor = new HttpVisitor(this.port);
		String email = Fixtures.uniqueEmail("new-staff");
		this.fixtures.staffWithoutSecondFactor(email, Role.THERAPIST);

		visitor.get("/login");
		assertThat(where(visitor.post("/login", Map.of("username", email, "password", Fixtures.PASSWORD))))
			.isEqualTo("/login/second-factor/setup");
		String setup = visitor.get("/login/second-factor/setup").body();
		assertThat(setup).contains("<img class=\"qr-code\" src=\"data:image/png;base64,");
		var key = Pattern.compile("id=\"secret-key\">([A-Z2-7 ]+)<").matcher(setup);
		assertThat(key.find()).isTrue();
		String secret = key.group(1).replace(" ", "");

		assertThat(visitor.post("/login/second-factor/setup", Map.of("code", "123456")).body())
			.contains("That code did not match");
		String recovery = visitor
			.post("/login/second-factor/setup",
					Map.of("code", SecondFactorCodes.code(secret, TestClock.current().getEpochSecond() / 30)))
			.body();
		var codes = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>").matcher(recovery);
		assertThat(codes.find()).as("recovery codes are shown").isTrue();
		String oneCode = codes.group(1);
		assertThat(recovery.split("<li><code>").length - 1).isEqualTo(10);
		assertThat(visitor.get("/clients").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from recovery_code where code_sha256 like ?",
				Integer.class, oneCode)).as("kept as a hash only").isZero();
		assertThat(this.jdbc.queryForObject("select totp_secret from account where email = ?", String.class, email))
			.as("the authenticator secret, stored encrypted")
			.startsWith("hs1:")
			.doesNotContain(secret);

		var phoneless = new HttpVisitor(this.port);
		phoneless.get("/login");
		phoneless.post("/login", Map.of("username", email, "password", Fixtures.PASSWORD));
		phoneless.get("/login/second-factor");
		assertThat(where(phoneless.post("/login/second-factor", Map.of("code", oneCode.toUpperCase()))))
			.isEqualTo("/");

		var again = new HttpVisitor(this.port);
		again.get("/login");
		again.post("/login", Map.of("username", email, "password", Fixtures.PASSWORD));
		again.get("/login/second-factor");
		assertThat(again.post("/login/second-factor", Map.of("code", oneCode)).body()).contains("That code did not work");
	}

	/**
	 * Wrong codes make the next one from that device wait, longer each time; they never sign the
	 * person out or refuse the right code once the wait is over. The sign-in is written to the audit
	 * log when the code is given, not at the password.
	 */
	@Test
	void wrongCodesMakeTheNextWaitLongerButNeverLockTheRightCodeOut() throws Exception {
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		String address = "198.51.100." + (1 + (int) (Math.random() * 254));
		Cookie pending = passwordOnly(therapist, address);
		assertThat(signIns(therapist)).as("no sign-in written at the password").isZero();
		for (int attempt = 0; attempt < 3; attempt++) {
			this.mvc.perform(post("/login/second-factor").param("code", "11111" + attempt).cookie(pending).with(csrf())
				.with(from(address)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("That code did not work")));
		}
		this.mvc.perform(post("/login/second-factor").param("code", "111119").cookie(pending).with(csrf()).with(from(address)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("wait 5 seconds")));
		this.mvc.perform(post("/login/second-factor").param("code", this.codes.codeFor(therapist)).cookie(pending)
			.with(csrf())
			.with(from(address)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("seconds, then type the code")));
		this.mvc.perform(get("/login/second-factor").cookie(pending)).andExpect(status().isOk());

		this.clock.moveTo(TestClock.current().plusSeconds(6));
		this.mvc.perform(post("/login/second-factor").param("code", this.codes.codeFor(therapist)).cookie(pending)
			.with(csrf())
			.with(from(address)))
			.andExpect(redirectedUrl("/"));
		assertThat(signIns(therapist)).as("the sign-in written once the code was given").isOne();
	}

	@Test
	void wrongCodesFromOneAddressCountWithWrongPasswordsWhicheverAccountsTheyAreFor() throws Exception {
		String address = "198.51.100." + (1 + (int) (Math.random() * 254));
		// three wrong codes at each of ten accounts: thirty failures from the address
		for (int account = 0; account < 10; account++) {
			Cookie pending = passwordOnly(this.fixtures.staffMember(Role.FRONT_DESK), address);
			for (int attempt = 0; attempt < 3; attempt++) {
				this.mvc.perform(post("/login/second-factor").param("code", "22222" + attempt)
					.cookie(pending)
					.with(csrf())
					.with(from(address)));
			}
		}

		this.mvc.perform(signIn(this.fixtures.staffMember(Role.FRONT_DESK), address))
			.andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void anAdminIsAskedAgainAfterThirtyMinutesAndReturnsToThePage() throws Exception {
		String admin = this.fixtures.staffMember(Role.ADMIN);
		Cookie signedIn = this.fixtures.signIn(this.mvc, admin);
		this.mvc.perform(get("/admin/staff").cookie(signedIn)).andExpect(status().isOk());

		this.clock.moveTo(TestClock.current().plus(Duration.ofMinutes(31)));
		this.mvc.perform(get("/clients").cookie(signedIn)).andExpect(status().isOk());
		var asked = this.mvc.perform(get("/admin/staff").cookie(signedIn))
			.andExpect(redirectedUrl("/login/second-factor?again"))
			.andReturn()
			.getResponse();
		this.mvc.perform(post("/admin/rooms").param("name", "Stale").cookie(signedIn).with(csrf()))
			.andExpect(redirectedUrl("/login/second-factor?again"));

		this.mvc.perform(get("/login/second-factor").param("again", "").cookie(signedIn))
			.andExpect(content().string(containsString("Admin pages ask for your code again")));
		var back = this.mvc
			.perform(post("/login/second-factor").param("code", this.codes.codeFor(admin))
				.cookie(signedIn)
				.cookie(asked.getCookie("REDIRECT_URI"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(back.getRedirectedUrl()).endsWith("/admin/staff");
		this.mvc.perform(get("/admin/staff").cookie(back.getCookie("SESSION"))).andExpect(status().isOk());
	}

	@Test
	void aClientSignsInWithTheirPasswordAlone() throws Exception {
		String client = this.fixtures.clientWithLogin("Portal Without Codes");

		this.mvc.perform(formLogin("/login").user(client).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdminSeesAndEndsSomeonesSignInsAndResetsALostSecondFactor() throws Exception {
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		long therapistId = this.fixtures.staffId(therapist);
		Cookie onTablet = this.fixtures.signIn(this.mvc, therapist);
		Cookie onPhone = this.fixtures.signIn(this.mvc, therapist);
		var admin = user(this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN)));

		String page = this.mvc.perform(get("/admin/staff/" + therapistId).with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var keys = Pattern.compile("name=\"key\" value=\"([0-9a-f]{16})\"").matcher(page);
		assertThat(keys.find()).isTrue();
		assertThat(page).doesNotContain(onTablet.getValue()).doesNotContain(onPhone.getValue());
		assertThat(page.split("name=\"key\"").length - 1).isEqualTo(2);

		this.mvc.perform(post("/admin/staff/" + therapistId + "/sessions/end").param("key", keys.group(1))
			.with(admin)
			.with(csrf())).andExpect(redirectedUrl("/admin/staff/" + therapistId));
		assertThat(openSessions(therapist)).isOne();

		this.mvc.perform(post("/admin/staff/" + therapistId + "/second-factor/reset").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + therapistId));
		assertThat(openSessions(therapist)).isZero();
		this.mvc.perform(formLogin("/login").user(therapist).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/second-factor/setup"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCOUNT' and subject = ?", Integer.class,
				"POST /admin/staff/" + therapistId + "/second-factor/reset")).isOne();
	}

	private Cookie passwordOnly(String email) throws Exception {
		return passwordOnly(email, "127.0.0.1");
	}

	private Cookie passwordOnly(String email, String address) throws Exception {
		return this.mvc.perform(signIn(email, address))
			.andExpect(redirectedUrl("/login/second-factor"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email,
			String address) {
		return post("/login").param("username", email)
			.param("password", Fixtures.PASSWORD)
			.with(csrf())
			.with(from(address));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private int signIns(String email) {
		return this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'SIGN_IN'",
				Integer.class, email);
	}

	private int openSessions(String email) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email);
	}

	private static String where(java.net.http.HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^http://localhost:\\d+", "");
	}

}
