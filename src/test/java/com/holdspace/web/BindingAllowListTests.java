package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

/**
 * What a request can set is what the page offers: every form binds to a form object, never to a
 * record, and the few ids a form offers are choices the person makes on it (the client to book,
 * the therapist to book with, the role of a new account). Extra fields sent by hand change nothing.
 */
@IntegrationTest
class BindingAllowListTests {

	/**
	 * Ids and roles a form offers as a choice on the page, each checked where it is used; the
	 * consent text's version is the one the client read, refused unless it is the current text.
	 */
	private static final Set<String> CHOICES = Set.of("BookingForm.clientId", "BookingForm.therapistId",
			"BookingForm.roomId", "BookingForm.sessionTypeId", "SessionTimeForm.therapistId", "SessionTimeForm.roomId",
			"SessionTimeForm.sessionTypeId", "RescheduleForm.therapistId", "RescheduleForm.roomId",
			"WaitlistForm.clientId", "WaitlistForm.therapistId", "WaitlistForm.sessionTypeId",
			"ClientForm.preferredTherapistId", "NewStaffForm.role", "AuditFilter.clientId", "AuditFilter.accountId",
			"SignConsentForm.documentVersionId", "RoomForm.siteId", "NewStaffForm.siteId",
			"WaitlistForm.siteId", "OnlineBookingForm.sessionTypeId", "OnlineBookingForm.therapistId",
			"MoveBookingForm.therapistId");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void everyFormBindsToAFormObjectWhoseIdsAreOnlyTheChoicesItOffers() {
		List<String> problems = new ArrayList<>();
		Set<String> bound = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().forEach((mapping, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (!parameter.hasParameterAnnotation(ModelAttribute.class)) {
					continue;
				}
				Class<?> type = parameter.getParameterType();
				bound.add(type.getSimpleName());
				if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)) {
					problems.add(handler + " binds the record " + type.getSimpleName());
				}
				for (PropertyDescriptor descriptor : writable(type)) {
					String name = type.getSimpleName() + "." + descriptor.getName();
					String property = descriptor.getName();
					boolean idOrRole = property.equals("id") || property.endsWith("Id") || property.equals("role")
							|| property.startsWith("signed") || property.startsWith("created")
							|| property.endsWith("Hash");
					if (idOrRole && !CHOICES.contains(name)) {
						problems.add(name);
					}
				}
			}
		});
		assertThat(bound).as("forms found").hasSizeGreaterThan(20);
		assertThat(problems).as("ids, owners or roles a request could set").isEmpty();
	}

	@Test
	void aClientEditCarryingAnotherClientsIdChangesOnlyTheClientInTheAddress() throws Exception {
		long mine = this.fixtures.client("Address Client");
		long other = this.fixtures.client("Untouched Client");
		String desk = this.fixtures.staffMember(Role.FRONT_DESK);
		Map<String, String> before = row(other);

		this.mvc.perform(post("/clients/" + mine).with(user(this.users.loadUserByUsername(desk)))
			.with(csrf())
			.param("id", String.valueOf(other))
			.param("version", "0")
			.param("legalName", "Renamed Through The Form")
			.param("dateOfBirth", "1988-05-17")
			.param("email", "renamed@example.org")
			.param("preferredContact", "EMAIL")
			.param("emergencyContacts[0].id", "1")
			.param("emergencyContacts[0].name", "Kim Contact")
			.param("emergencyContacts[0].relationship", "Friend")
			.param("emergencyContacts[0].phone", "+44 7700 900556")).andExpect(status().isFound());

		assertThat(row(mine).get("legal_name")).isEqualTo("Renamed Through The Form");
		assertThat(row(other)).isEqualTo(before);
	}

	@Test
	void aNewStaffAccountCannotBeGivenAPasswordHashOrAnIdByHand() throws Exception {
		String admin = this.fixtures.staffMember(Role.ADMIN);
		String email = "bound-" + System.nanoTime() + "@holdspace.test";

		this.mvc.perform(post("/admin/staff").with(user(this.users.loadUserByUsername(admin)))
			.with(csrf())
			.param("displayName", "Bound Person")
			.param("email", email)
			.param("role", "FRONT_DESK")
			.param("password", "a long walk by the quiet river")
			.param("id", "1")
			.param("passwordHash", "{noop}x")).andExpect(status().isFound());

		Map<String, Object> account = this.jdbc.queryForMap("select id, role, password_hash from account where email = ?",
				email);
		assertThat(account.get("role")).isEqualTo("FRONT_DESK");
		assertThat((String) account.get("password_hash")).startsWith("{argon2id}");
		assertThat(((Number) account.get("id")).longValue()).isNotEqualTo(1L);
	}

	private Map<String, String> row(long clientId) {
		Map<String, Object> row = this.jdbc.queryForMap("select * from client where id = ?", clientId);
		Map<String, String> text = new java.util.TreeMap<>();
		row.forEach((column, value) -> text.put(column, String.valueOf(value)));
		return text;
	}

	private static List<PropertyDescriptor> writable(Class<?> type) {
		try {
			return Arrays.stream(Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors())
				.filter(property -> property.getWriteMethod() != null)
				.toList();
		}
		catch (java.beans.IntrospectionException failed) {
			throw new IllegalStateException(failed);
		}
	}

}
