package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import com.holdspace.TestClock;

@Tag("fast")
class IntakeValidatorTests {

	private static final LocalValidatorFactoryBean beanValidation = new LocalValidatorFactoryBean();

	static {
		// "today" for @PastOrPresent is the run's clock, as the application's is
		beanValidation.setConfigurationInitializer(configuration -> configuration
			.clockProvider(() -> new TestClock().withZone(java.time.ZoneId.of("Europe/London"))));
		beanValidation.afterPropertiesSet();
	}

	@Test
	void aCompleteIntakePasses() {
		assertThat(validate(IntakeAnswers.complete()).getAllErrors()).isEmpty();
	}

	@Test
	void everyScreeningQuestionNeedsAnAnswer() {
		var answers = IntakeAnswers.complete();
		answers.setSuicidalThoughts(null);

		assertThat(validate(answers).getFieldError("suicidalThoughts").getDefaultMessage())
			.isEqualTo("{intake.error.yesNo}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "red, stop", "pineapple or tap twice", "stop/red", "hand up and say stop" })
	void refusesMoreThanOneStopSignal(String signal) {
		var answers = IntakeAnswers.complete();
		answers.setStopSignal(signal);

		assertThat(validate(answers).getFieldError("stopSignal").getCode()).isEqualTo("intake.error.oneStopSignal");
	}

	@ParameterizedTest
	@ValueSource(strings = { "pineapple", "raise my hand", "Orange" })
	void acceptsASingleStopSignal(String signal) {
		var answers = IntakeAnswers.complete();
		answers.setStopSignal(signal);

		assertThat(validate(answers).hasFieldErrors("stopSignal")).isFalse();
	}

	@Test
	void aRecentSurgeryNeedsItsDateAndWhatItWas() {
		var answers = IntakeAnswers.withSurgery(null);
		answers.setSurgeryWhat(null);

		var errors = validate(answers);

		assertThat(errors.getFieldError("surgeryDate").getCode()).isEqualTo("intake.error.surgeryDate");
		assertThat(errors.getFieldError("surgeryWhat").getCode()).isEqualTo("validation.required");
	}

	@Test
	void aSurgeryCannotBeInTheFuture() {
		var errors = validate(IntakeAnswers.withSurgery(TestClock.today().plusDays(1)));

		assertThat(errors.getFieldError("surgeryDate").getDefaultMessage()).isEqualTo("{intake.error.surgeryFuture}");
	}

	@Test
	void theTherapistMustTickThatTheSessionWasExplained() {
		var answers = IntakeAnswers.complete();
		answers.setSensationsExplained(false);

		assertThat(validate(answers).hasFieldErrors("sensationsExplained")).isTrue();
	}

	@Test
	void aContraindicatingConditionMustBeNamed() {
		var answers = IntakeAnswers.complete();
		answers.setContraindicatingCondition(Contraindication.YES);

		assertThat(validate(answers).getFieldError("contraindicationDetail").getCode())
			.isEqualTo("intake.error.contraindicationDetail");
	}

	private static Errors validate(IntakeForm answers) {
		var errors = new BeanPropertyBindingResult(answers, "form");
		beanValidation.validate(answers, errors);
		new IntakeValidator().validate(answers, errors);
		return errors;
	}

}
