package com.holdspace.booking;

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

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** An admin adds and edits the kinds of session the front desk books. */
@IntegrationTest
class SessionTypeAdminTests {

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
	void theListShowsHowLongTherapistAndRoomAreHeldForEachType() throws Exception {
		this.mvc.perform(get("/admin/session-types").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("30 min + 10 min quiet time = 40 min held")))
			.andExpect(content().string(containsString("60 min + 10 min quiet time = 70 min held")))
			.andExpect(content().string(containsString("90 min + 15 min quiet time = 105 min held")));
	}

	@Test
	void aTalkOnlyTypeIsAddedAndListedAsTalkOnly() throws Exception {
		String name = unique("Check-in call");
		var form = form(name, "20", "5");
		form.remove("involvesTouch");

		this.mvc.perform(submit("/admin/session-types", form))
			.andExpect(redirectedUrl("/admin/session-types"))
			.andExpect(flash().attribute("notice", "sessionTypes.notice.created"));

		Map<String, Object> saved = stored(name);
		assertThat(saved).containsEntry("duration_minutes", 20)
			.containsEntry("buffer_minutes", 5)
			.containsEntry("involves_touch", false)
			.containsEntry("active", true)
			.containsEntry("description", "Talking only, by the window.");
		this.mvc.perform(get("/admin/session-types").with(user(this.admin)))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("20 min + 5 min quiet time = 25 min held")))
			.andExpect(content().string(containsString("Talk only")));
	}

	@Test
	void aDurationOutsideTenToFourHundredEightyIsRefusedNextToTheFieldAndTheTypedValuesStay() throws Exception {
		String name = unique("Very short");

		this.mvc.perform(submit("/admin/session-types", form(name, "5", "121")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"durationMinutes-error\">A session lasts from 10 to 480 minutes.")))
			.andExpect(content().string(containsString("id=\"bufferMinutes-error\">Quiet time is from 0 to 120 minutes.")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("value=\"5\"")))
			.andExpect(content().string(containsString("Talking only, by the window.")));
		assertThat(count(name)).isZero();
	}

	@Test
	void aNameAnotherTypeHasIsRefusedNextToTheField() throws Exception {
		this.mvc.perform(submit("/admin/session-types", form("standard SESSION", "60", "10")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Another session type already has this name.")));
	}

	@Test
	void anEditIsSavedAndShownWhenTheFormIsOpenedAgain() throws Exception {
		String name = unique("Long session");
		long id = create(name, "75", "10");
		String renamed = name + " (evenings)";
		var edit = form(renamed, "80", "20");
		edit.put("version", "0");
		edit.put("active", "false");
		edit.put("sortOrder", "55");

		this.mvc.perform(submit("/admin/session-types/" + id, edit))
			.andExpect(redirectedUrl("/admin/session-types"))
			.andExpect(flash().attribute("notice", "sessionTypes.notice.saved"));

		assertThat(stored(renamed)).containsEntry("duration_minutes", 80)
			.containsEntry("buffer_minutes", 20)
			.containsEntry("active", false)
			.containsEntry("sort_order", 55)
			.containsEntry("version", 1);
		this.mvc.perform(get("/admin/session-types/" + id).with(user(this.admin)))
			.andExpect(content().string(containsString("value=\"" + renamed + "\"")))
			.andExpect(content().string(containsString("value=\"80\"")))
			.andExpect(content().string(containsString("value=\"20\"")))
			.andExpect(content().string(containsString("name=\"active\" value=\"true\"><input type=\"hidden\" name=\"_active\"")));
	}

	@Test
	void anEditMadeOnAnOldVersionIsRefusedAndTheTypedValuesStay() throws Exception {
		String name = unique("Contested session");
		long id = create(name, "60", "10");
		var theirs = form(name, "45", "10");
		theirs.put("version", "0");
		this.mvc.perform(submit("/admin/session-types/" + id, theirs)).andExpect(status().isFound());

		var mine = form(name + " mine", "120", "30");
		mine.put("version", "0");
		this.mvc.perform(submit("/admin/session-types/" + id, mine))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this session type after you opened the form.")))
			.andExpect(content().string(containsString("If you save again, your version will replace theirs.")))
			.andExpect(content().string(containsString("value=\"" + name + " mine\"")))
			.andExpect(content().string(containsString("value=\"120\"")));

		assertThat(stored(name)).containsEntry("duration_minutes", 45);
		assertThat(count(name + " mine")).isZero();
	}

	@Test
	void aDoubleTappedSaveMakesOneType() throws Exception {
		String name = unique("Double tap");
		var form = form(name, "50", "10");

		this.mvc.perform(submit("/admin/session-types", form)).andExpect(redirectedUrl("/admin/session-types"));
		this.mvc.perform(submit("/admin/session-types", form)).andExpect(redirectedUrl("/admin/session-types"));

		assertThat(count(name)).isOne();
	}

	private long create(String name, String duration, String buffer) throws Exception {
		this.mvc.perform(submit("/admin/session-types", form(name, duration, buffer))).andExpect(status().isFound());
		return ((Number) stored(name).get("id")).longValue();
	}

	private Map<String, Object> stored(String name) {
		return this.jdbc.queryForMap("select * from session_type where name = ?", name);
	}

	private int count(String name) {
		return this.jdbc.queryForObject("select count(*) from session_type where name = ?", Integer.class, name);
	}

	private static Map<String, String> form(String name, String duration, String buffer) {
		var form = new java.util.LinkedHashMap<String, String>();
		form.put("creationToken", UUID.randomUUID().toString());
		form.put("name", name);
		form.put("description", "Talking only, by the window.");
		form.put("durationMinutes", duration);
		form.put("bufferMinutes", buffer);
		form.put("involvesTouch", "true");
		form.put("_involvesTouch", "on");
		form.put("active", "true");
		form.put("_active", "on");
		form.put("sortOrder", "50");
		return form;
	}

	private MockHttpServletRequestBuilder submit(String path, Map<String, String> form) {
		var request = post(path).with(user(this.admin)).with(csrf());
		form.forEach(request::param);
		return request;
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

}
