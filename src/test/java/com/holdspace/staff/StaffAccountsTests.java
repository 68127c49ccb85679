package com.holdspace.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;

@IntegrationTest
class StaffAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminCreatesATherapistWhoCanThenSignIn() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String email = Fixtures.uniqueEmail("new-therapist");

		this.mvc
			.perform(post("/admin/staff").cookie(admin)
				.with(csrf())
				.param("displayName", "Noor Haddad")
				.param("email", email)
				.param("role", "THERAPIST")
				.param("password", "a long enough secret"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "staff.notice.created"));

		var saved = this.accounts.findByEmail(email).orElseThrow();
		assertThat(saved.getRole()).isEqualTo(Role.THERAPIST);
		assertThat(saved.getPasswordHash()).startsWith("{argon2id}").doesNotContain("a long enough secret");
		this.mvc.perform(get("/clients").cookie(signIn(email, "a long enough secret"))).andExpect(status().isOk());
	}

	@Test
	void someoneWithAVeryLongEmailCanSignIn() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String email = emailOfLength(254);

		this.mvc
			.perform(post("/admin/staff").cookie(admin)
				.with(csrf())
				.param("displayName", "Long Address")
				.param("email", email)
				.param("role", "FRONT_DESK")
				.param("password", Fixtures.PASSWORD))
			.andExpect(flash().attribute("notice", "staff.notice.created"));

		this.mvc.perform(get("/clients").cookie(signIn(email))).andExpect(status().isOk());
		assertThat(openSessions(email)).isOne();
	}

	@Test
	void refusesAnEmailLongerThanMailAllows() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String email = emailOfLength(255);

		this.mvc
			.perform(post("/admin/staff").cookie(admin)
				.with(csrf())
				.param("displayName", "Too Long Address")
				.param("email", email)
				.param("role", "FRONT_DESK")
				.param("password", Fixtures.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "Size"));
		assertThat(this.accounts.existsByEmail(email)).isFalse();
	}

	@Test
	void refusesAnEmailTheDatabaseWouldRefuseWithAMessageNotAnErrorPage() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));

		for (String email : new String[] { "jane@localhost", "jane\u2003doe@example.org" }) {
			this.mvc
				.perform(post("/admin/staff").cookie(admin)
					.with(csrf())
					.param("displayName", "Jane Doe")
					.param("email", email)
					.param("role", "THERAPIST")
					.param("password", Fixtures.PASSWORD))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
				.andExpect(content().string(org.hamcrest.Matchers
					.containsString("Please enter an email address like name@example.org.")));
			assertThat(this.accounts.existsByEmail(email)).isFalse();
		}
	}

	@Test
	void refusesAPasswordShorterThanTwelveAndKeepsWhatWasTyped() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));

		this.mvc
			.perform(post("/admin/staff").cookie(admin)
				.with(csrf())
				.param("displayName", "Short Password")
				.param("email", "short@test.holdspace")
				.param("role", "FRONT_DESK")
				.param("password", "elevenchars"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "Size"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Passwords need 12 to 128 characters.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Short Password\"")));
		assertThat(this.accounts.existsByEmail("short@test.holdspace")).isFalse();
	}

	@Test
	void aCommonPasswordIsRefusedWithAMessageAndALongAccentedPassphraseIsWelcome() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String email = Fixtures.uniqueEmail("passphrase");

		this.mvc
			.perform(post("/admin/staff").cookie(admin)
				.with(csrf())
				.param("displayName", "Common Password")
				.param("email", email)
				.param("role", "THERAPIST")
				.param("password", "Qwerty123456"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "PasswordFits"))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("This is one of the passwords people choose most often")));
		assertThat(this.accounts.existsByEmail(email)).isFalse();

		String passphrase = "été à l'île, près de la forêt, où les pêcheurs chantent ".repeat(2).strip();
		this.mvc
			.perform(post("/admin/staff").cookie(admin)
				.with(csrf())
				.param("displayName", "Long Passphrase")
				.param("email", email)
				.param("role", "THERAPIST")
				.param("password", passphrase))
			.andExpect(flash().attribute("notice", "staff.notice.created"));
		assertThat(passphrase.length()).isGreaterThan(64);
		this.mvc.perform(get("/clients").cookie(signIn(email, passphrase))).andExpect(status().isOk());
	}

	@Test
	void aResetToACommonPasswordIsRefusedAndTheOldOneStillWorks() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String frontDesk = this.fixtures.staffMember(Role.FRONT_DESK);

		this.mvc
			.perform(post("/admin/staff/" + this.fixtures.staffId(frontDesk) + "/password")
				.param("newPassword", "qwertyuiopasdfgh")
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("This is one of the passwords people choose most often")));

		this.mvc.perform(get("/clients").cookie(signIn(frontDesk))).andExpect(status().isOk());
	}

	@Test
	void refusesToOpenAClientLoginAsAStaffAccount() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String email = Fixtures.uniqueEmail("not-staff");

		this.mvc
			.perform(post("/admin/staff").cookie(admin)
				.with(csrf())
				.param("displayName", "Not Staff")
				.param("email", email)
				.param("role", "CLIENT")
				.param("password", Fixtures.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "staff.error.roleNotStaff"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Only staff roles can be given here.")));
		assertThat(this.accounts.existsByEmail(email)).isFalse();
	}

	@Test
	void refusesASecondAccountWithTheSameEmailInAnyCase() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String taken = this.fixtures.staffMember(Role.THERAPIST);

		// in capitals, with spaces around, or in compatibility characters: one address, one form
		for (String copy : new String[] { taken.toUpperCase(java.util.Locale.ROOT), "  " + taken + " ",
				taken.replace("@", "\uFF20") }) {
			this.mvc
				.perform(post("/admin/staff").cookie(admin)
					.with(csrf())
					.param("displayName", "Copy Cat")
					.param("email", copy)
					.param("role", "THERAPIST")
					.param("password", "a long enough secret"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "email", "staff.error.emailTaken"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, taken)).isOne();
	}

	@Test
	void disablingAnAccountEndsItsOpenSessionsAndBlocksSignIn() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		Cookie therapistSession = signIn(therapist);
		this.mvc.perform(get("/clients").cookie(therapistSession)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/staff/" + this.fixtures.staffId(therapist) + "/disable").cookie(admin).with(csrf()))
			.andExpect(flash().attribute("notice", "staff.notice.disabled"));

		this.mvc.perform(get("/clients").cookie(therapistSession))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?timeout"));
		this.mvc.perform(formLogin("/login").user(therapist).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(openSessions(therapist)).isZero();
	}

	@Test
	void changingARoleSignsThePersonOutSoNewRightsApplyAtOnce() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String promoted = this.fixtures.staffMember(Role.FRONT_DESK);
		Cookie before = signIn(promoted);

		this.mvc.perform(post("/admin/staff/" + this.fixtures.staffId(promoted) + "/role").param("role", "ADMIN")
			.cookie(admin)
			.with(csrf())).andExpect(flash().attribute("notice", "staff.notice.roleChanged"));

		this.mvc.perform(get("/clients").cookie(before)).andExpect(redirectedUrl("/login?timeout"));
		this.mvc.perform(get("/admin/staff").cookie(signIn(promoted))).andExpect(status().isOk());
	}

	@Test
	void aResetPasswordReplacesTheOldOne() throws Exception {
		Cookie admin = signIn(this.fixtures.staffMember(Role.ADMIN));
		String frontDesk = this.fixtures.staffMember(Role.FRONT_DESK);

		this.mvc.perform(post("/admin/staff/" + this.fixtures.staffId(frontDesk) + "/password")
			.param("newPassword", "a brand new passphrase")
			.cookie(admin)
			.with(csrf())).andExpect(flash().attribute("notice", "staff.notice.passwordReset"));

		this.mvc.perform(formLogin("/login").user(frontDesk).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/clients").cookie(signIn(frontDesk, "a brand new passphrase"))).andExpect(status().isOk());
	}

	@Test
	void anAdminCannotDisableThemselves() throws Exception {
		String adminEmail = this.fixtures.staffMember(Role.ADMIN);
		Cookie admin = signIn(adminEmail);

		this.mvc.perform(post("/admin/staff/" + this.fixtures.staffId(adminEmail) + "/disable").cookie(admin).with(csrf()))
			.andExpect(flash().attribute("problem", "staff.error.disableSelf"));

		assertThat(this.accounts.findByEmail(adminEmail).orElseThrow().isEnabled()).isTrue();
	}

	private Cookie signIn(String email) throws Exception {
		return signIn(email, Fixtures.PASSWORD);
	}

	private Cookie signIn(String email, String password) throws Exception {
		return this.fixtures.signIn(this.mvc, email, password);
	}

	/** Padded with domain labels: the part before the @ may only have 64 characters. */
	private static String emailOfLength(int length) {
		var email = new StringBuilder(Fixtures.uniqueEmail("long"));
		int domainStart = email.indexOf("@") + 1;
		while (email.length() < length) {
			int label = Math.min(63, length - email.length() - 1);
			email.insert(domainStart, "x".repeat(label) + ".");
		}
		assertThat(email).hasSize(length);
		return email.toString();
	}

	private int openSessions(String email) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email);
	}

}
