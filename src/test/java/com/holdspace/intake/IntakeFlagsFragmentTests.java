package com.holdspace.intake;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * The live banners intake.js swaps in are the server's own rendering of intake/flags, and only for
 * those who may read the intake; the questions whose yes is urgent are marked by the server too.
 */
@IntegrationTest
class IntakeFlagsFragmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	private long clientId;

	private UserDetails therapist;

	@BeforeEach
	void aClientWithoutIntake() {
		this.clientId = this.fixtures.client("Banner Person");
		this.therapist = this.users.loadUserByUsername(this.fixtures.staffMember(Role.THERAPIST));
	}

	/** As intake.js asks: for HTML, saying it wants a fragment, not a page. */
	private MockHttpServletRequestBuilder bannersAsked() {
		return get("/clients/" + this.clientId + "/intake/flags").accept(MediaType.TEXT_HTML)
			.header("X-Holdspace-Fragment", "flags");
	}

	@Test
	void aDisclosureInTheDraftComesBackAsTheBannersThePageDraws() throws Exception {
		this.mvc.perform(post("/clients/" + this.clientId + "/intake/draft").param("suicidalThoughts", "true")
			.with(user(this.therapist))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.draftVersion").exists())
			.andExpect(jsonPath("$.flags").doesNotExist());

		this.mvc.perform(bannersAsked().with(user(this.therapist)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(startsWith("<div class=\"flag-banners\" data-flag-banners>")))
			.andExpect(content().string(containsString("flag-urgent")))
			.andExpect(content().string(containsString("Thoughts of ending their life")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theDeskAClientAndSomeoneSignedOutGetNoBanners() throws Exception {
		UserDetails desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		UserDetails client = this.users.loadUserByUsername(this.fixtures.clientWithLogin("Banner Reader"));
		this.mvc.perform(bannersAsked().with(user(desk)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("data-flag-banners"))));
		this.mvc.perform(bannersAsked().with(user(client)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("data-flag-banners"))));
		this.mvc.perform(bannersAsked())
			.andExpect(status().is3xxRedirection())
			.andExpect(content().string(not(containsString("data-flag-banners"))));
	}

	@Test
	void theFormMarksTheQuestionsWhoseYesIsUrgentAndNoOthers() throws Exception {
		String form = this.mvc.perform(get("/clients/" + this.clientId + "/intake/edit").with(user(this.therapist)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(urgentQuestions(form)).containsExactlyInAnyOrder("flashbacks", "suicidalThoughts");
	}

	private static java.util.List<String> urgentQuestions(String page) {
		return Pattern.compile("<fieldset [^>]*id=\"q-(\\w+)\"[^>]*data-urgent=\"true\"")
			.matcher(page)
			.results()
			.map(match -> match.group(1))
			.toList();
	}

}
