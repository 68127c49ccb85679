package com.holdspace.client;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.holdspace.TestClock;
import com.holdspace.audit.AuditLog;
import com.holdspace.shared.StaleEditException;
import com.holdspace.staff.Role;
import com.holdspace.staff.SecondFactorStep;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.TestClockConfiguration;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.RateLimits;
import com.holdspace.security.SecurityConfig;
import com.holdspace.shared.SecurityEvents;
import com.holdspace.web.SessionLimits;

/** The client form's web behaviour: messages next to fields, typed values kept, redirect after save. */
@Tag("slow")
@WebMvcTest(ClientController.class)
@Import({ SecurityConfig.class, SessionLimits.class, ClinicTime.class, TestClockConfiguration.class,
		ClientFormValidator.class, com.holdspace.web.ClinicDates.class })
@MockitoBean(types = { ClientPage.class, RateLimits.class, SecurityEvents.class, AuditLog.class, SecondFactorStep.class,
		JdbcTemplate.class, com.holdspace.shared.CareRelationship.class, com.holdspace.shared.SignInFailures.class })
class ClientControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ClientService clientService;

	@MockitoBean
	StaffDirectory staffDirectory;

	@Test
	void aFutureDateOfBirthIsRefusedNextToTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
		var form = validForm();
		form.set("dateOfBirth", TestClock.today().plusYears(1).toString());

		this.mvc.perform(submit("/clients", form))
			.andExpect(status().isOk())
			.andExpect(view().name("clients/form"))
			.andExpect(model().attributeHasFieldErrors("form", "dateOfBirth"))
			.andExpect(content().string(containsString("id=\"dateOfBirth-error\">The date of birth cannot be in the future.")))
			.andExpect(content().string(containsString("value=\"Zo&euml; &Aring;ngstr&ouml;m\"")))
			.andExpect(content().string(containsString("value=\"+44 7700 900456\"")));
		verify(this.clientService, never()).create(any(), any());
	}

	@Test
	void aMalformedEmailIsRefusedWithAClearMessage() throws Exception {
		var form = validForm();
		form.set("email", "zoe@@example");

		this.mvc.perform(submit("/clients", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\">Please enter an email address like name@example.org.")))
			.andExpect(content().string(containsString("value=\"zoe@@example\"")));
	}

	@Test
	void aClientWithoutEmergencyContactIsRefused() throws Exception {
		var form = validForm();
		form.set("emergencyContacts[0].name", "");
		form.set("emergencyContacts[0].relationship", "");
		form.set("emergencyContacts[0].phone", "");

		this.mvc.perform(submit("/clients", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please add at least one emergency contact.")));
	}

	@Test
	void aValidClientIsSavedAndTheBrowserIsSentToTheirPage() throws Exception {
		given(this.clientService.create(any(), any())).willReturn(42L);
		var form = validForm();
		var token = UUID.fromString(form.getFirst("creationToken"));

		this.mvc.perform(submit("/clients", form))
			.andExpect(redirectedUrl("/clients/42"))
			.andExpect(flash().attribute("notice", "client.notice.created"));
		verify(this.clientService).create(eq(token), any());
	}

	@Test
	void aStaleEditIsRefusedAndTheTypedChangesStayOnScreen() throws Exception {
		givenSavedClient(7L, 4);
		given(this.clientService.update(eq(7L), eq(3), any())).willThrow(new StaleEditException("Client", 7L));

		var form = validForm();
		form.set("version", "3");
		form.set("legalName", "My Careful Edit");

		this.mvc.perform(submit("/clients/7", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this client after you opened the form.")))
			.andExpect(content().string(containsString("If you save again, your version will replace theirs.")))
			.andExpect(content().string(containsString("value=\"My Careful Edit\"")));
		verify(this.clientService).update(eq(7L), eq(3), any());
	}

	@Test
	void savingAgainAfterAStaleRefusalGoesThrough() throws Exception {
		givenSavedClient(7L, 4);
		given(this.clientService.update(eq(7L), eq(3), any())).willThrow(new StaleEditException("Client", 7L));
		var form = validForm();
		form.set("version", "3");
		form.set("legalName", "My Careful Edit");

		String refused = this.mvc.perform(submit("/clients/7", form)).andReturn().getResponse().getContentAsString();
		var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(refused);
		assertThat(version.find()).as("version field in " + refused).isTrue();
		form.set("version", version.group(1));

		this.mvc.perform(submit("/clients/7", form))
			.andExpect(redirectedUrl("/clients/7"))
			.andExpect(flash().attribute("notice", "client.notice.saved"));
		verify(this.clientService).update(eq(7L), eq(4), argThat(details -> details.legalName().equals("My Careful Edit")));
	}

	@Test
	void editingAClientKeepsAPreferredTherapistWhoHasSinceLeft() throws Exception {
		var saved = givenSavedClient(7L, 2);
		given(saved.getPreferredTherapistId()).willReturn(9L);
		given(this.staffDirectory.activeTherapists()).willReturn(List.of(new StaffMember(5L, "Ada Active", Role.THERAPIST)));
		given(this.staffDirectory.find(9L)).willReturn(Optional.of(new StaffMember(9L, "Lena Left", Role.THERAPIST)));

		this.mvc.perform(get("/clients/7/edit").with(user("desk").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"9\" selected=\"selected\">Lena Left (no longer active)</option>")));

		var form = validForm();
		form.set("version", "2");
		form.set("preferredTherapistId", "9");
		this.mvc.perform(submit("/clients/7", form)).andExpect(redirectedUrl("/clients/7"));
		verify(this.clientService).update(eq(7L), eq(2), argThat(details -> Long.valueOf(9L).equals(details.preferredTherapistId())));
	}

	@Test
	void anEditCannotSwitchToATherapistWhoHasLeft() throws Exception {
		givenSavedClient(7L, 2);
		given(this.staffDirectory.find(9L)).willReturn(Optional.of(new StaffMember(9L, "Lena Left", Role.THERAPIST)));

		var form = validForm();
		form.set("version", "2");
		form.set("preferredTherapistId", "9");
		this.mvc.perform(submit("/clients/7", form))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "preferredTherapistId", "client.error.therapistUnknown"))
			.andExpect(content().string(containsString("That therapist is no longer available; please choose another.")));
		verify(this.clientService, never()).update(anyLong(), anyInt(), any());
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRejected() throws Exception {
		this.mvc.perform(post("/clients").with(user("desk").roles("FRONT_DESK")).param("legalName", "No Token"))
			.andExpect(status().isForbidden());
		verify(this.clientService, never()).create(any(), any());
	}

	private Client givenSavedClient(long id, int version) {
		var saved = mock(Client.class);
		given(saved.getId()).willReturn(id);
		given(saved.getVersion()).willReturn(version);
		given(this.clientService.find(id)).willReturn(saved);
		return saved;
	}

	/** A complete, valid client form; each test changes what it is about. */
	private static MultiValueMap<String, String> validForm() {
		var form = new LinkedMultiValueMap<String, String>();
		form.set("creationToken", UUID.randomUUID().toString());
		form.set("legalName", "Zoë Ångström");
		form.set("dateOfBirth", "1991-03-14");
		form.set("email", "zoe@example.org");
		form.set("preferredContact", "EMAIL");
		form.set("emergencyContacts[0].name", "Lars Ångström");
		form.set("emergencyContacts[0].relationship", "Brother");
		form.set("emergencyContacts[0].phone", "+44 7700 900456");
		return form;
	}

	private static MockHttpServletRequestBuilder submit(String path, MultiValueMap<String, String> form) {
		return post(path).with(user("desk").roles("FRONT_DESK")).with(csrf()).params(form);
	}

}
