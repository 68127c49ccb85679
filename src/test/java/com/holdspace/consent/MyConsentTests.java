package com.holdspace.consent;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * The treatment consent signed at home in the portal: the same text, signature rules and record as
 * on the tablet, marked as signed remotely by the client, and only ever the client's own.
 */
@IntegrationTest
class MyConsentTests {

	private static final String DRAWN = "[[[120,200],[180,140],[240,230],[320,150]],[[400,180],[520,210]]]";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsentService consentService;

	@Autowired
	JdbcTemplate jdbc;

	private HoldspaceUser me;

	@BeforeEach
	void aClientWithAPortalLogin() {
		this.me = client("Tomasz Wiśniewski");
	}

	@Test
	void theClientReadsTheCurrentTextAndSignsItWithAFinger() throws Exception {
		var text = this.consentService.current(ConsentKind.TREATMENT);
		this.mvc.perform(get("/me/consent").with(user(this.me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(text.getTitle())))
			.andExpect(content().string(containsString("id=\"signature-pad\"")))
			.andExpect(content().string(containsString("action=\"/me/consent\"")));

		this.mvc.perform(sign(this.me, text.getId(), DRAWN)).andExpect(redirectedUrl("/me/consent"));

		var row = this.jdbc.queryForMap("""
				select method, witness_id, signer_name, document_version from signed_consent where client_id = ?""",
				this.me.getClientId());
		assertThat(row).containsEntry("method", "SIGNED_REMOTELY")
			.containsEntry("witness_id", this.me.getAccountId())
			.containsEntry("signer_name", "Tomasz Wiśniewski")
			.containsEntry("document_version", text.getId());
		assertThat(this.consentService.status(this.me.getClientId(), ConsentKind.TREATMENT).state())
			.isEqualTo(ConsentStatus.State.SIGNED);
		assertThat(this.consentService.records(this.me.getClientId()).get(0).isIntact()).isTrue();
		this.mvc.perform(get("/me/consent").with(user(this.me)))
			.andExpect(content().string(containsString("You signed this consent on")))
			.andExpect(content().string(not(containsString("id=\"signature-pad\""))));
		// the client's own list of signed consents has it, as a PDF they can keep
		this.mvc.perform(get("/me").with(user(this.me)))
			.andExpect(content().string(containsString("/me/consents/")))
			.andExpect(content().string(not(containsString("id=\"task-consent\""))));
	}

	@Test
	void aSignatureThePadWouldRefuseOnTheTabletIsRefusedAtHome() throws Exception {
		long text = this.consentService.current(ConsentKind.TREATMENT).getId();
		for (String notASignature : List.of("", "[]", "[[[5,5]]]", "[[[5,5],[5000,5]]]")) {
			this.mvc.perform(sign(this.me, text, notASignature))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Please sign in the box.")));
		}
		assertThat(this.consentService.records(this.me.getClientId())).isEmpty();
	}

	@Test
	void aTextChangedWhileReadingIsReadAgainBeforeSigning() throws Exception {
		this.mvc.perform(sign(this.me, Long.MAX_VALUE, DRAWN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"signature-pad\"")));
		assertThat(this.consentService.records(this.me.getClientId())).isEmpty();
	}

	@Test
	void aClientSignsOnlyTheirOwnConsent() throws Exception {
		var other = client("Grete Halvorsen");
		long text = this.consentService.current(ConsentKind.TREATMENT).getId();
		this.mvc.perform(sign(this.me, text, DRAWN).param("clientId", String.valueOf(other.getClientId())));

		assertThat(this.consentService.records(other.getClientId())).isEmpty();
		assertThat(this.consentService.records(this.me.getClientId())).hasSize(1);
		this.mvc.perform(get("/me/consent").with(user(other)))
			.andExpect(content().string(not(containsString("You signed this consent on"))));
	}

	@Test
	void staffAndVisitorsCannotUseTheHomeConsent() throws Exception {
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
	void theSignatureIsInTheAuditLog() throws Exception {
		this.mvc.perform(sign(this.me, this.consentService.current(ConsentKind.TREATMENT).getId(), DRAWN));

		assertThat(this.jdbc.queryForList("""
				select action || ' ' || subject || ' ' || status from audit_event
				where client_id = ? and account_id = ?""", String.class, this.me.getClientId(),
				this.me.getAccountId())).contains("SIGN POST /me/consent 302");
	}

	private List<MockHttpServletRequestBuilder> everyRequest() {
		long text = this.consentService.current(ConsentKind.TREATMENT).getId();
		return List.of(get("/me/consent"), post("/me/consent").param("documentVersionId", String.valueOf(text))
			.param("agreed", "true")
			.param("signerName", "Someone")
			.param("signature", DRAWN)
			.with(csrf()));
	}

	private MockHttpServletRequestBuilder sign(HoldspaceUser who, long text, String signature) {
		return post("/me/consent").param("documentVersionId", String.valueOf(text))
			.param("signingToken", UUID.randomUUID().toString())
			.param("agreed", "true")
			.param("signerName", "Tomasz Wiśniewski")
			.param("signature", signature)
			.with(user(who))
			.with(csrf());
	}

	private HoldspaceUser client(String name) {
		return (HoldspaceUser) this.users.loadUserByUsername(this.fixtures.clientWithLogin(name));
	}

}
