package com.holdspace.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;

import com.holdspace.ConfiguredCsrf;
import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;

/**
 * Changing one's own password: the one in use first, the new one twice, each mistake said at its
 * field; once changed, every other device signed in as the person is signed out and this one stays.
 */
@IntegrationTest
class PasswordChangeTests {

	private static final String NEW_PASSWORD = "lanterns over the quiet harbour";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilterChainProxy security;

	@BeforeEach
	void theConfiguredTokenStore() {
		ConfiguredCsrf.restore(this.security);
	}

	@Test
	void aWrongCurrentPasswordOrADifferentRepeatIsSaidAtItsFieldAndChangesNothing() {
		String email = this.fixtures.staffMember(Role.THERAPIST);
		var tablet = new HttpVisitor(this.port);
		tablet.signIn(email, Fixtures.PASSWORD);
		String hash = hashOf(email);

		tablet.get("/account/password");
		var wrong = tablet.post("/account/password",
				Map.of("current", "not my password", "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
		tablet.get("/account/password");
		var different = tablet.post("/account/password",
				Map.of("current", Fixtures.PASSWORD, "password", NEW_PASSWORD, "repeat", "lanterns over the harbour"));

		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"current-error\">That is not the password you use now.");
		assertThat(different.body()).contains("id=\"repeat-error\">The two passwords are not the same.");
		assertThat(hashOf(email)).isEqualTo(hash);
	}

	@Test
	void aChangedPasswordSignsOutEveryOtherDeviceAndKeepsThisOne() {
		String email = this.fixtures.staffMember(Role.FRONT_DESK);
		var desk = new HttpVisitor(this.port);
		var phone = new HttpVisitor(this.port);
		desk.signIn(email, Fixtures.PASSWORD);
		phone.signIn(email, Fixtures.PASSWORD);
		assertThat(phone.get("/clients").statusCode()).isEqualTo(200);

		desk.get("/account/password");
		var changed = desk.post("/account/password",
				Map.of("current", Fixtures.PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));

		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/account/password"));
		assertThat(desk.get("/account/password").body()).contains("Your password is changed.");
		assertThat(desk.get("/clients").statusCode()).isEqualTo(200);
		assertThat(phone.get("/clients").headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).contains("/login"));
		assertThat(hashOf(email)).startsWith("{argon2id}");
		assertThat(new HttpVisitor(this.port).signIn(email, Fixtures.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = 'ACCOUNT' and subject like 'own password changed%'",
				Integer.class, email)).isEqualTo(1);
	}

	@Test
	void aClientChangesTheirOwnPasswordToo() {
		String email = this.fixtures.clientWithLogin("Password Client");
		var phone = new HttpVisitor(this.port);
		phone.signIn(email, Fixtures.PASSWORD);

		phone.get("/account/password");
		phone.post("/account/password",
				Map.of("current", Fixtures.PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));

		assertThat(phone.get("/account/password").body()).contains("Your password is changed.");
		assertThat(new HttpVisitor(this.port).signIn(email, NEW_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
	}

	private String hashOf(String email) {
		return this.jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
	}

}
