package com.holdspace.portal;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.staff.PortalAccounts;

/**
 * A client's aftercare in their portal: the newest plan first, the sheet, "I have read this", a
 * check-in, and the PDF, read back.
 */
@IntegrationTest
class MyAftercareTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	StatementCounter statements;

	private AftercareFixtures.Client client;

	private UserDetails me;

	private long older;

	private long newer;

	@BeforeEach
	void aClientWithTwoPlans() {
		this.client = this.aftercare.client();
		String email = "portal-" + UUID.randomUUID().toString().substring(0, 8) + "@test.holdspace";
		this.portalAccounts.open(email, "Session Client", "a quiet walk by the river", this.client.clientId());
		this.me = this.users.loadUserByUsername(email);
		this.older = this.aftercare.handedOverPlan(this.client, "Rest after the first session", null);
		this.clock.moveTo(this.clock.instant().plus(Duration.ofDays(7)));
		this.newer = this.aftercare.handedOverPlan(this.client, "Slow walks this week",
				LocalDate.now(this.clock).plusDays(2));
	}

	@Test
	void myPageListsMyPlansNewestFirstWithTheNewOneMarked() throws Exception {
		this.mvc.perform(get("/me").with(user(this.me)))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("/me/plans/" + this.newer, "New", "/me/plans/" + this.older)));
	}

	@Test
	void theSheetShowsTheSuggestionsTheTherapistsWordsAndWhomToCall() throws Exception {
		this.mvc.perform(get("/me/plans/" + this.newer).with(user(this.me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hydration")))
			.andExpect(content().string(containsString("Slow walks this week")))
			.andExpect(content().string(containsString("Waves of sadness that do not settle")))
			.andExpect(content().string(containsString("We will ask how you are on")))
			.andExpect(content().string(containsString("Samaritans")))
			.andExpect(content().string(containsString("call the clinic")))
			// the crisis numbers are a tap away: calls, and a text for the text line
			.andExpect(content().string(containsString("href=\"tel:999\"")))
			.andExpect(content().string(containsString("href=\"tel:116123\"")))
			.andExpect(content().string(containsString("href=\"sms:85258\"")))
			.andExpect(content().string(containsString("aria-label=\"Text 85258\"")))
			// the title, then the download
			.andExpect(content().string(stringContainsInOrder("<h1>Your aftercare</h1>", "id=\"plan-pdf\"")));
	}

	@Test
	void iHaveReadThisIsRecordedWithTheTimeOnce() throws Exception {
		this.mvc.perform(post("/me/plans/" + this.newer + "/read").with(user(this.me)).with(csrf()))
			.andExpect(redirectedUrl("/me/plans/" + this.newer));
		var first = this.jdbc.queryForObject("select read_at from aftercare_plan where id = ?", java.sql.Timestamp.class,
				this.newer);
		this.clock.moveTo(this.clock.instant().plus(Duration.ofHours(3)));
		this.mvc.perform(post("/me/plans/" + this.newer + "/read").with(user(this.me)).with(csrf()));

		assertThat(first).isNotNull();
		assertThat(this.jdbc.queryForObject("select read_at from aftercare_plan where id = ?", java.sql.Timestamp.class,
				this.newer)).isEqualTo(first);
		this.mvc.perform(get("/me/plans/" + this.newer).with(user(this.me)))
			.andExpect(content().string(containsString("id=\"read-at\">You marked this as read")))
			.andExpect(content().string(not(containsString("id=\"mark-read\""))));
	}

	@Test
	void aCheckInNeedsHowIFeelAndReachesMyTherapist() throws Exception {
		this.mvc.perform(post("/me/plans/" + this.newer + "/check-in").with(user(this.me))
			.with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("words", "Tired"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"feeling-error\">Choose how you feel, from 1 to 5.")))
			.andExpect(content().string(containsString(">Tired</textarea>")));
		UUID token = UUID.randomUUID();
		for (int tap = 0; tap < 2; tap++) {
			this.mvc.perform(post("/me/plans/" + this.newer + "/check-in").with(user(this.me))
				.with(csrf())
				.param("token", token.toString())
				.param("feeling", "4")
				.param("words", "Lighter, slept well"))
				.andExpect(redirectedUrl("/me/plans/" + this.newer + "#check-in"));
		}

		assertThat(this.jdbc.queryForObject("select count(*) from aftercare_check_in where plan_id = ?", Integer.class,
				this.newer)).isOne();
		this.mvc.perform(get("/clients/" + this.client.clientId())
			.with(user(this.users.loadUserByUsername(this.client.therapistLogin()))))
			.andExpect(content().string(containsString("4: good: “Lighter, slept well”")));
	}

	@Test
	void thePdfHoldsTheSameSheet() throws Exception {
		byte[] pdf = this.mvc.perform(get("/me/plans/" + this.newer + "/pdf").with(user(this.me)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Your aftercare", "Hydration", "Slow walks this week", "Waves of sadness",
					"If you feel unsafe", "Samaritans");
		}
	}

	@Test
	void theSheetReadsInOneTransactionWithTheSameStatementsForOnePlanOrMany() throws Exception {
		int withTwo = statementsFor("/me/plans/" + this.newer);
		for (int i = 0; i < 5; i++) {
			this.aftercare.handedOverPlan(this.client, "More", null);
		}

		// the plan, its items, the clinic's lines, the account, and the audit line with its seal
		assertThat(statementsFor("/me/plans/" + this.newer)).isEqualTo(withTwo).isLessThanOrEqualTo(7);
		assertThat(statementsFor("/me")).isLessThanOrEqualTo(16);
	}

	private int statementsFor(String path) throws Exception {
		this.statements.start();
		try {
			this.mvc.perform(get(path).with(user(this.me))).andExpect(status().isOk());
			return this.statements.stop().size();
		}
		finally {
			this.statements.stop();
		}
	}

}
