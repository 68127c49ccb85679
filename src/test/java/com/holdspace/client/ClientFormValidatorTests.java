package com.holdspace.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import com.holdspace.TestClock;
import com.holdspace.staff.StaffDirectory;

@Tag("fast")
class ClientFormValidatorTests {

	private final StaffDirectory staffDirectory = mock(StaffDirectory.class);

	private final ClientFormValidator validator = new ClientFormValidator(this.staffDirectory);

	private static final LocalValidatorFactoryBean beanValidation = new LocalValidatorFactoryBean();

	static {
		// "today" for @PastOrPresent is the run's clock, as the application's is
		beanValidation.setConfigurationInitializer(configuration -> configuration
			.clockProvider(() -> new TestClock().withZone(java.time.ZoneId.of("Europe/London"))));
		beanValidation.afterPropertiesSet();
	}

	@Test
	void acceptsACompleteClient() {
		assertThat(validate(valid()).getAllErrors()).isEmpty();
	}

	@Test
	void refusesADateOfBirthInTheFuture() {
		var form = valid();
		form.setDateOfBirth(TestClock.today().plusDays(1));

		assertThat(codeOf(validate(form), "dateOfBirth")).isEqualTo("PastOrPresent");
	}

	@Test
	void acceptsSomeoneBornToday() {
		var form = valid();
		form.setDateOfBirth(TestClock.today());

		assertThat(validate(form).hasFieldErrors("dateOfBirth")).isFalse();
	}

	@Test
	void refusesAnImplausiblyEarlyBirth() {
		var form = valid();
		form.setDateOfBirth(LocalDate.of(1899, 12, 31));

		assertThat(codeOf(validate(form), "dateOfBirth")).isEqualTo("client.error.birthTooEarly");
	}

	@Test
	void refusesAMalformedEmail() {
		var form = valid();
		form.setEmail("zoe@example");

		assertThat(codeOf(validate(form), "email")).isEqualTo("Email");
	}

	@Test
	void refusesAnEmailWithAnyKindOfSpaceInIt() {
		var form = valid();
		form.setEmail("zoe\u2003angstrom@example.org");

		assertThat(codeOf(validate(form), "email")).isEqualTo("Email");
	}

	@Test
	void takesAnEmailAsLongAsMailAllowsAndNoLonger() {
		var form = valid();
		form.setEmail(emailOfLength(254));
		assertThat(validate(form).hasFieldErrors("email")).isFalse();

		form.setEmail(emailOfLength(255));
		assertThat(codeOf(validate(form), "email")).isEqualTo("Size");
	}

	@Test
	void refusesAPhoneNumberWithLetters() {
		var form = valid();
		form.setPhone("call me maybe");

		assertThat(codeOf(validate(form), "phone")).isEqualTo("Pattern");
	}

	@Test
	void needsAnEmailWhenEmailIsThePreferredContact() {
		var form = valid();
		form.setPreferredContact(ContactMethod.EMAIL);
		form.setEmail(null);

		assertThat(codeOf(validate(form), "email")).isEqualTo("client.error.emailNeeded");
	}

	@Test
	void needsAPhoneWhenTextMessagesArePreferred() {
		var form = valid();
		form.setPreferredContact(ContactMethod.SMS);
		form.setPhone(null);

		assertThat(codeOf(validate(form), "phone")).isEqualTo("client.error.phoneNeeded");
	}

	@Test
	void needsAtLeastOneEmergencyContact() {
		var form = valid();
		form.getEmergencyContacts().set(0, new EmergencyContactForm());

		assertThat(codeOf(validate(form), "emergencyContacts[0].name")).isEqualTo("client.error.emergencyContactNeeded");
	}

	@Test
	void pointsAtEachMissingPartOfAHalfFilledContact() {
		var form = valid();
		var second = new EmergencyContactForm();
		second.setName("Lars");
		form.getEmergencyContacts().set(1, second);

		var errors = validate(form);

		assertThat(errors.hasFieldErrors("emergencyContacts[1].name")).isFalse();
		assertThat(codeOf(errors, "emergencyContacts[1].relationship")).isEqualTo("validation.required");
		assertThat(codeOf(errors, "emergencyContacts[1].phone")).isEqualTo("validation.required");
	}

	@Test
	void refusesATherapistWhoCannotBeChosen() {
		var form = valid();
		form.setPreferredTherapistId(42L);
		given(this.staffDirectory.isActiveTherapist(42L)).willReturn(false);

		var errors = validate(form);
		this.validator.checkPreferredTherapist(form, null, errors);

		assertThat(codeOf(errors, "preferredTherapistId")).isEqualTo("client.error.therapistUnknown");
	}

	@Test
	void keepsASavedTherapistWhoHasSinceLeft() {
		var form = valid();
		form.setPreferredTherapistId(42L);
		var errors = validate(form);

		this.validator.checkPreferredTherapist(form, 42L, errors);

		assertThat(errors.getAllErrors()).isEmpty();
	}

	@Test
	void refusesSwitchingToATherapistWhoHasLeft() {
		var form = valid();
		form.setPreferredTherapistId(42L);
		var errors = validate(form);

		this.validator.checkPreferredTherapist(form, 7L, errors);

		assertThat(codeOf(errors, "preferredTherapistId")).isEqualTo("client.error.therapistUnknown");
	}

	static ClientForm valid() {
		var form = new ClientForm();
		form.setLegalName("Zoë Ångström");
		form.setDateOfBirth(LocalDate.of(1991, 3, 14));
		form.setEmail("zoe@example.org");
		form.setPhone("+44 7700 900123");
		form.setPreferredContact(ContactMethod.EMAIL);
		var contact = form.getEmergencyContacts().get(0);
		contact.setName("Lars Ångström");
		contact.setRelationship("Brother");
		contact.setPhone("+44 7700 900456");
		return form;
	}

	/** Padded with domain labels: the part before the @ may only have 64 characters. */
	private static String emailOfLength(int length) {
		var email = new StringBuilder("zoe@example.org");
		while (email.length() < length) {
			email.insert(4, "x".repeat(Math.min(63, length - email.length() - 1)) + ".");
		}
		assertThat(email).hasSize(length);
		return email.toString();
	}

	private Errors validate(ClientForm form) {
		var errors = new BeanPropertyBindingResult(form, "form");
		beanValidation.validate(form, errors);
		this.validator.validate(form, errors);
		return errors;
	}

	private static String codeOf(Errors errors, String field) {
		assertThat(errors.hasFieldErrors(field)).as("error on " + field + " in " + errors).isTrue();
		var codes = errors.getFieldError(field).getCodes();
		return codes[codes.length - 1];
	}

}
