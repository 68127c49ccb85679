package com.holdspace.intake;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * The client's own part of the intake, at home in the portal: the same questions, path and holds
 * as the clinic's tablet, attributed to the client, and never anyone else's record.
 */
@IntegrationTest
class MyIntakeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeFixtures intakes;

	private HoldspaceUser me;

	@BeforeEach
	void aClientWithAPortalLogin() {
		this.me = client("Amara Okafor");
	}

	@Test
	void theClientIsAskedOnlyTheirOwnQuestionsInSteps() throws Exception {
		this.mvc.perform(get("/me/intake").with(user(this.me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your intake, Amara Okafor")))
			.andExpect(content().string(containsString("Step 1 of 8")))
			.andExpect(content().string(containsString("Are you having thoughts of ending your life?")))
			.andExpect(content().string(containsString("action=\"/me/intake\"")))
			.andExpect(content().string(containsString("data-autosave-url=\"/me/intake/draft\"")))
			.andExpect(content().string(not(containsString("name=\"staffNotes\""))))
			.andExpect(content().string(not(containsString("name=\"uncontrolledSymptoms\""))))
			.andExpect(content().string(not(containsString("name=\"contraindicatingCondition\""))))
			.andExpect(content().string(not(containsString("live-flags"))))
			.andExpect(content().string(not(containsString("/self-fill"))));
	}

	@Test
	void theAutosaveKeepsTheAnswersAsTheClientsOwnAndNeverAnswersWithFlags() throws Exception {
		this.mvc.perform(post("/me/intake/draft").param("goals", "Sleep through the night")
			.param("staffNotes", "typed by the client")
			.with(user(this.me))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.savedAt").exists())
			.andExpect(jsonPath("$.flags").doesNotExist());

		var sitting = this.jdbc.queryForMap(
				"select at_home, handed_over_by, finished_at from intake_self_fill where client_id = ?",
				this.me.getClientId());
		assertThat(sitting).containsEntry("at_home", true).containsEntry("handed_over_by", this.me.getAccountId());
		assertThat(sitting.get("finished_at")).isNull();
		this.mvc.perform(get("/me/intake").with(user(this.me)))
			.andExpect(content().string(containsString("Sleep through the night")))
			.andExpect(content().string(not(containsString("typed by the client"))));
	}

	@Test
	void aDisclosureAtHomeRaisesTheHoldTheTabletWouldAndShowsTheLinesNeverTheHold() throws Exception {
		this.mvc.perform(finish(this.me).param("suicidalThoughts", "true").param("flashbacks", "true"))
			.andExpect(redirectedUrl("/me/intake/thanks"));

		long atTheClinic = this.fixtures.client("Tablet Twin");
		var tablet = this.fixtures.signIn(this.mvc, this.fixtures.staffMember(Role.THERAPIST));
		String selfFill = "/clients/" + atTheClinic + "/intake/self-fill";
		this.mvc.perform(post(selfFill + "/start").cookie(tablet).with(csrf()));
		this.mvc.perform(post(selfFill + "/done").param("suicidalThoughts", "true")
			.param("flashbacks", "true")
			.cookie(tablet)
			.with(csrf())).andExpect(redirectedUrl(selfFill + "/thanks"));

		assertThat(holds(this.me.getClientId())).isNotEmpty().isEqualTo(holds(atTheClinic));
		assertThat(this.jdbc.queryForList("""
				select distinct r.source from clinical_hold_reason r join clinical_hold h on h.id = r.hold_id
				where h.client_id = ?""", String.class, this.me.getClientId())).containsExactly("HOME");
		assertThat(this.jdbc.queryForObject(
				"select finished_at is not null from intake_self_fill where client_id = ? and at_home",
				Boolean.class, this.me.getClientId())).isTrue();

		this.mvc.perform(get("/me/intake/thanks").with(user(this.me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thank you for telling us")))
			.andExpect(content().string(containsString("will call you")))
			.andExpect(content().string(containsString("href=\"tel:116123\"")))
			.andExpect(content().string(containsString("href=\"/me/consent\"")))
			// "Holdspace" is the clinic's software; the word hold is never said to the client
			.andExpect(content().string(not(matchesPattern("(?is).*\\bholds?\\b.*"))))
			.andExpect(content().string(not(containsStringIgnoringCase("refer"))))
			.andExpect(content().string(not(containsStringIgnoringCase("suicid"))))
			.andExpect(content().string(not(containsStringIgnoringCase("flashback"))));
	}

	@Test
	void withoutADisclosureACalmThankYouAndTheWayToTheConsent() throws Exception {
		this.mvc.perform(finish(this.me).param("goals", "Ease my shoulders").param("pressure", "MODERATE"))
			.andExpect(redirectedUrl("/me/intake/thanks"));

		assertThat(holds(this.me.getClientId())).isEmpty();
		this.mvc.perform(get("/me/intake/thanks").with(user(this.me)))
			.andExpect(content().string(containsString("Your answers are saved")))
			.andExpect(content().string(containsString("href=\"/me/consent\"")))
			.andExpect(content().string(not(containsString("tel:"))))
			.andExpect(content().string(not(containsString("will call you"))));
	}

	@Test
	void theTherapistSeesWhatTheClientAnsweredAtHome() throws Exception {
		this.mvc.perform(finish(this.me).param("goals", "Ease my shoulders").param("flashbacks", "true"));
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		var session = this.fixtures.signIn(this.mvc, therapist);
		// the hold, with where its reason was told
		this.mvc.perform(get("/clients/" + this.me.getClientId() + "/intake").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("told by the client at home, in the portal")));
		// the draft the therapist carries on with at the first visit holds the client's answers
		this.mvc.perform(get("/clients/" + this.me.getClientId() + "/intake/edit").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ease my shoulders")));

		int version = this.intakes.complete(this.me.getClientId(), this.fixtures.staffId(therapist));
		this.mvc.perform(get("/clients/" + this.me.getClientId() + "/intake/versions/" + version).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What the client answered at home")))
			.andExpect(content().string(containsString("Answered by the client at home, in the portal")))
			.andExpect(content().string(containsString("Ease my shoulders")));
	}

	@Test
	void theClientsPageAsksForTheIntakeUntilTheyHaveFinishedIt() throws Exception {
		this.mvc.perform(get("/me").with(user(this.me)))
			.andExpect(content().string(containsString("id=\"task-intake\"")))
			.andExpect(content().string(containsString("id=\"task-consent\"")));
		// saved along the way is not finished: still to do
		String draftVersion = autosave("Rest");
		this.mvc.perform(get("/me").with(user(this.me)))
			.andExpect(content().string(containsString("id=\"task-intake\"")));

		this.mvc.perform(finish(this.me).param("goals", "Rest").param("draftVersion", draftVersion))
			.andExpect(redirectedUrl("/me/intake/thanks"));
		this.mvc.perform(get("/me").with(user(this.me)))
			.andExpect(content().string(not(containsString("id=\"task-intake\""))))
			.andExpect(content().string(containsString("id=\"task-consent\"")));
	}

	@Test
	void oneClientNeverReachesAnothersAnswers() throws Exception {
		var other = client("Bongani Dlamini");
		this.mvc.perform(finish(this.me).param("goals", "AMARA-ONLY").param("suicidalThoughts", "true"));

		this.mvc.perform(get("/me/intake").with(user(other)))
			.andExpect(content().string(not(containsString("AMARA-ONLY"))))
			.andExpect(content().string(containsString("Your intake, Bongani Dlamini")));
		this.mvc.perform(get("/me/intake/thanks").with(user(other)))
			.andExpect(content().string(not(containsString("tel:"))));
		assertThat(this.jdbc.queryForObject("select count(*) from intake_self_fill where client_id = ?", Integer.class,
				other.getClientId())).isZero();
		assertThat(holds(other.getClientId())).isEmpty();
	}

	@Test
	void staffAndVisitorsCannotUseTheHomeIntake() throws Exception {
		for (Role role : List.of(Role.ADMIN, Role.THERAPIST, Role.FRONT_DESK)) {
			var staff = this.users.loadUserByUsername(this.fixtures.staffMember(role));
			for (MockHttpServletRequestBuilder request : everyRequest()) {
				this.mvc.perform(request.with(user(staff))).andExpect(status().isForbidden());
			}
		}
		for (MockHttpServletRequestBuilder request : everyRequest()) {
			this.mvc.perform(request).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void everySubmissionIsInTheAuditLog() throws Exception {
		String draftVersion = autosave("Rest");
		this.mvc.perform(finish(this.me).param("goals", "Rest").param("draftVersion", draftVersion))
			.andExpect(redirectedUrl("/me/intake/thanks"));

		assertThat(this.jdbc.queryForList("""
				select action || ' ' || subject || ' ' || status from audit_event
				where client_id = ? and account_id = ? order by id""", String.class, this.me.getClientId(),
				this.me.getAccountId())).contains("EDIT POST /me/intake/draft 200", "EDIT POST /me/intake 302");
	}

	/** Saves as the page's script does; answers the draft's version it was given. */
	private String autosave(String goals) throws Exception {
		String saved = this.mvc.perform(post("/me/intake/draft").param("goals", goals)
			.with(user(this.me))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString();
		return saved.replaceAll("(?s).*\"draftVersion\":(\\d+).*", "$1");
	}

	private List<MockHttpServletRequestBuilder> everyRequest() {
		return List.of(get("/me/intake"), get("/me/intake/thanks"),
				post("/me/intake/draft").param("goals", "x").with(csrf()),
				post("/me/intake").param("goals", "x").with(csrf()));
	}

	private MockHttpServletRequestBuilder finish(HoldspaceUser who) {
		return post("/me/intake").with(user(who)).with(csrf());
	}

	private List<String> holds(long clientId) {
		return this.jdbc.queryForList("select kind from clinical_hold where client_id = ? and cleared_at is null order by kind",
				String.class, clientId);
	}

	private HoldspaceUser client(String name) {
		return (HoldspaceUser) this.users.loadUserByUsername(this.fixtures.clientWithLogin(name));
	}

}
