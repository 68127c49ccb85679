package com.holdspace.site;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** An admin adds, renames and retires sites, and places rooms and staff at them. */
@IntegrationTest
class SiteAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails admin;

	@BeforeEach
	void signIn() {
		this.admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
	}

	@Test
	void aDoubleTappedAddMakesOneSiteThatIsListed() throws Exception {
		String name = unique("Harbour Road");
		String token = UUID.randomUUID().toString();

		for (int tap = 0; tap < 2; tap++) {
			this.mvc.perform(post("/admin/sites").with(user(this.admin)).with(csrf())
					.param("creationToken", token)
					.param("name", "  " + name + " "))
				.andExpect(redirectedUrl("/admin/sites"));
		}

		assertThat(sitesNamed(name)).isEqualTo(1);
		this.mvc.perform(get("/admin/sites").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void aFormSentWithoutItsTokenAddsItsSiteAndNeverMistakesTokenlessSitesForItsOwn() throws Exception {
		// sites made before tokens, or by the seed, carry none
		this.jdbc.update("update site set creation_token = null where id in (select id from site order by id limit 2)");
		String name = unique("Quay Street");

		this.mvc.perform(post("/admin/sites").with(user(this.admin)).with(csrf())
				.param("creationToken", "")
				.param("name", name))
			.andExpect(redirectedUrl("/admin/sites"));

		assertThat(sitesNamed(name)).isEqualTo(1);
	}

	@Test
	void aNameAnotherSiteHasIsRefusedNextToTheFieldWhateverItsCaseAndTheTypedNameStays() throws Exception {
		String name = unique("Mill Lane");
		add(name);

		this.mvc.perform(post("/admin/sites").with(user(this.admin)).with(csrf())
				.param("creationToken", UUID.randomUUID().toString())
				.param("name", name.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"name-error\">Another site already has this name. Please choose a different one.")))
			.andExpect(content().string(containsString("value=\"" + name.toUpperCase() + "\"")));
		assertThat(sitesNamed(name)).isEqualTo(1);
	}

	@Test
	void aRenameOnAnOldVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
		long site = add(unique("Quay Street"));
		this.jdbc.update("update site set version = version + 1 where id = ?", site);

		this.mvc.perform(post("/admin/sites/" + site).with(user(this.admin)).with(csrf())
				.param("version", "0")
				.param("name", "Quay Street renamed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this site after you opened it")))
			.andExpect(content().string(containsString("value=\"Quay Street renamed\"")));
	}

	@Test
	void aRetiredSiteIsNoLongerOfferedForNewRooms() throws Exception {
		String name = unique("Old Mill");
		long site = add(name);

		this.mvc.perform(post("/admin/sites/" + site + "/active").with(user(this.admin)).with(csrf())
				.param("active", "false")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/sites/" + site))
			.andExpect(flash().attribute("notice", "sites.notice.inactive"));

		this.mvc.perform(get("/admin/rooms").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<select id=\"siteId\" name=\"siteId\">")))
			.andExpect(content().string(not(containsString(">" + name + "</option>"))));
	}

	@Test
	void aRoomIsAddedAtTheChosenSiteAndAStaffMemberMovesToIt() throws Exception {
		long site = add(unique("Canal Side"));
		String room = unique("Reed room");
		long therapist = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));

		this.mvc.perform(post("/admin/rooms").with(user(this.admin)).with(csrf())
				.param("creationToken", UUID.randomUUID().toString())
				.param("name", room)
				.param("siteId", String.valueOf(site)))
			.andExpect(redirectedUrl("/admin/rooms"));
		this.mvc.perform(post("/admin/staff/" + therapist + "/site").with(user(this.admin)).with(csrf())
				.param("siteId", String.valueOf(site)))
			.andExpect(redirectedUrl("/admin/staff/" + therapist))
			.andExpect(flash().attribute("notice", "staff.notice.siteChanged"));

		assertThat(this.jdbc.queryForObject("select site_id from room where name = ?", Long.class, room)).isEqualTo(site);
		assertThat(this.jdbc.queryForObject("select site_id from account where id = ?", Long.class, therapist))
			.isEqualTo(site);
	}

	@Test
	@Transactional
	void theLastSiteInUseStaysInUse() throws Exception {
		long site = add(unique("Only Street"));
		// as if every other site were out of use; the test's transaction is rolled back after it
		this.jdbc.update("update site set active = false where id <> ?", site);

		this.mvc.perform(post("/admin/sites/" + site + "/active").with(user(this.admin)).with(csrf())
				.param("active", "false")
				.param("version", "0"))
			.andExpect(flash().attribute("problem", "sites.error.lastActive"));

		assertThat(this.jdbc.queryForObject("select active from site where id = ?", Boolean.class, site)).isTrue();
	}

	private long add(String name) throws Exception {
		this.mvc.perform(post("/admin/sites").with(user(this.admin)).with(csrf())
				.param("creationToken", UUID.randomUUID().toString())
				.param("name", name))
			.andExpect(redirectedUrl("/admin/sites"));
		return this.jdbc.queryForObject("select id from site where name = ?", Long.class, name);
	}

	private int sitesNamed(String name) {
		return this.jdbc.queryForObject("select count(*) from site where lower(name) = lower(?)", Integer.class, name);
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

}
