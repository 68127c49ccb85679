package com.holdspace.records;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.beans.BeanWrapperImpl;

import com.holdspace.intake.BodyRegion;
import com.holdspace.intake.IntakeForm;
import com.holdspace.intake.IntakeVersionInFull;
import com.holdspace.intake.RegionAnswer;
import com.holdspace.intake.RegionState;

import jakarta.validation.constraints.Size;

/**
 * The SAFE intake as FHIR: one {@code Questionnaire} made from the intake form itself (each answer of
 * {@link IntakeForm} a question, in the form's order, with the words the tablet shows), and each
 * completed version as a {@code QuestionnaireResponse} to it. A new question on the form is a new
 * item here without a change to this class.
 * <p>
 * Choices are codings in a code system of the clinic's per kind of answer (e.g.
 * {@code <public-url>/fhir/CodeSystem/pressure}), their codes the names Holdspace stores.
 */
final class FhirIntake {

	static final String QUESTIONNAIRE = "Questionnaire/safe-intake";

	static final String BODY_MAP = "bodyMap";

	/** Longer answers than this are free text ({@code text}); shorter ones a line ({@code string}). */
	private static final int LINE = 300;

	private final FhirScope scope;

	private final FhirWords words;

	FhirIntake(FhirScope scope, FhirWords words) {
		this.scope = scope;
		this.words = words;
	}

	/** A question of the form: the answer's name, its kind and, for a choice, its choices. */
	private record Question(String name, Questionnaire.QuestionnaireItemType type, boolean repeats,
			List<? extends Enum<?>> choices) {
	}

	private static List<Question> questions() {
		return java.util.Arrays.stream(IntakeForm.class.getDeclaredFields())
			.filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.getName().equals(BODY_MAP))
			.map(FhirIntake::question)
			.toList();
	}

	private static Question question(Field field) {
		Class<?> type = field.getType();
		if (type == Boolean.class || type == boolean.class) {
			return new Question(field.getName(), Questionnaire.QuestionnaireItemType.BOOLEAN, false, List.of());
		}
		if (type == LocalDate.class) {
			return new Question(field.getName(), Questionnaire.QuestionnaireItemType.DATE, false, List.of());
		}
		if (type.isEnum()) {
			return new Question(field.getName(), Questionnaire.QuestionnaireItemType.CHOICE, false, constants(type));
		}
		if (Collection.class.isAssignableFrom(type)) {
			Class<?> element = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
			return new Question(field.getName(), Questionnaire.QuestionnaireItemType.CHOICE, true, constants(element));
		}
		Size size = field.getAnnotation(Size.class);
		boolean line = size != null && size.max() <= LINE;
		return new Question(field.getName(),
				line ? Questionnaire.QuestionnaireItemType.STRING : Questionnaire.QuestionnaireItemType.TEXT, false,
				List.of());
	}

	private static List<? extends Enum<?>> constants(Class<?> type) {
		return List.of((Enum<?>[]) type.getEnumConstants());
	}

	Questionnaire questionnaire(String publisher) {
		Questionnaire form = this.scope.ids().identify(new Questionnaire(), "safe-intake");
		form.setUrl(this.scope.ids().canonical(QUESTIONNAIRE));
		form.setName("SafeIntake");
		form.setTitle("SAFE intake");
		form.setStatus(Enumerations.PublicationStatus.ACTIVE);
		form.addSubjectType("Patient");
		form.setPublisher(publisher);
		form.setDescription("Safety, Autonomy, Frames and Education: what the clinic asks before any session, "
				+ "with the screening questions and the body map.");
		List<Question> questions = questions();
		for (Question question : questions) {
			var item = form.addItem()
				.setLinkId(question.name())
				.setText(text("intake.q." + question.name()))
				.setType(question.type());
			if (question.repeats()) {
				item.setRepeats(true);
			}
			question.choices().forEach(choice -> item.addAnswerOption().setValue(coding(choice)));
		}
		var bodyMap = form.addItem()
			.setLinkId(BODY_MAP)
			.setText(text("intake.section.bodymap"))
			.setType(Questionnaire.QuestionnaireItemType.GROUP);
		for (BodyRegion region : BodyRegion.values()) {
			var group = bodyMap.addItem()
				.setLinkId(BODY_MAP + "." + region.name())
				.setText(choiceText(region))
				.setType(Questionnaire.QuestionnaireItemType.GROUP);
			var state = group.addItem()
				.setLinkId(BODY_MAP + "." + region.name() + ".state")
				.setText("How to touch here")
				.setType(Questionnaire.QuestionnaireItemType.CHOICE);
			for (RegionState option : RegionState.values()) {
				state.addAnswerOption().setValue(coding(option));
			}
			group.addItem()
				.setLinkId(BODY_MAP + "." + region.name() + ".note")
				.setText("In the client's words")
				.setType(Questionnaire.QuestionnaireItemType.STRING);
		}
		form.setText(FhirNarrative.titled("SAFE intake")
			.line("Questions", questions.size())
			.line("Body regions", BodyRegion.values().length)
			.build());
		return form;
	}

	/**
	 * One completed version of the intake. The first is {@code completed}; every later version changed
	 * the intake after it was completed, which R4 calls {@code amended}. Where the client gave their own
	 * part (on the tablet or at home) they are its source; otherwise the therapist who completed it.
	 */
	QuestionnaireResponse response(IntakeVersionInFull version) {
		int number = version.number();
		IntakeForm answers = version.answers();
		Reference completedBy = FhirScope.named(version.completedByName());
		QuestionnaireResponse response = this.scope.ids()
			.identify(new QuestionnaireResponse(), this.scope.clientId() + "/" + number);
		response.getIdentifier()
			.setSystem(this.scope.ids().canonical("intake-version"))
			.setValue(this.scope.clientId() + "/" + number);
		response.setQuestionnaire(this.scope.ids().canonical(QUESTIONNAIRE));
		response.setStatus((number <= 1) ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
				: QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED);
		response.setSubject(this.scope.patient());
		response.setAuthoredElement(this.scope.dateTime(version.completedAt()));
		response.setAuthor(completedBy);
		response.setSource((version.clientsOwn() != null) ? this.scope.patient() : completedBy);
		var values = new BeanWrapperImpl(answers);
		for (Question question : questions()) {
			Object value = values.getPropertyValue(question.name());
			if (value == null || (value instanceof String words && words.isBlank())
					|| (value instanceof Collection<?> many && many.isEmpty())) {
				continue;
			}
			var item = response.addItem().setLinkId(question.name()).setText(text("intake.q." + question.name()));
			if (value instanceof Collection<?> many) {
				many.forEach(one -> item.addAnswer().setValue(coding((Enum<?>) one)));
			}
			else if (value instanceof Enum<?> choice) {
				item.addAnswer().setValue(coding(choice));
			}
			else if (value instanceof Boolean yes) {
				item.addAnswer().setValue(new BooleanType(yes));
			}
			else if (value instanceof LocalDate day) {
				item.addAnswer().setValue(FhirScope.date(day));
			}
			else {
				item.addAnswer().setValue(new StringType(value.toString()));
			}
		}
		var bodyMap = response.addItem().setLinkId(BODY_MAP).setText(text("intake.section.bodymap"));
		for (BodyRegion region : BodyRegion.values()) {
			RegionAnswer answer = answers.getBodyMap().get(region);
			var group = bodyMap.addItem().setLinkId(BODY_MAP + "." + region.name()).setText(choiceText(region));
			group.addItem()
				.setLinkId(BODY_MAP + "." + region.name() + ".state")
				.setText("How to touch here")
				.addAnswer()
				.setValue(coding((answer != null) ? answer.getState() : RegionState.OK));
			if (answer != null && answer.getNote() != null && !answer.getNote().isBlank()) {
				group.addItem()
					.setLinkId(BODY_MAP + "." + region.name() + ".note")
					.setText("In the client's words")
					.addAnswer()
					.setValue(new StringType(answer.getNote()));
			}
		}
		var text = FhirNarrative.titled("SAFE intake, version " + number)
			.line("Completed", this.scope.dateTime(version.completedAt()).getValueAsString())
			.line("By", version.completedByName());
		if (version.clientsOwn() != null) {
			text.line(version.clientsOwn().atHome() ? "The client answered their own part at home"
					: "The client answered their own part on the clinic's tablet");
			version.clientsOwn()
				.therapistsChanges()
				.forEach(change -> text.line("Changed by the therapist from the client's answer",
						change.question() + ": " + change.before() + " \u2192 " + change.after()));
		}
		version.changes()
			.forEach(change -> text.line("Changed since version " + (number - 1),
					change.question() + ": " + change.before() + " \u2192 " + change.after()));
		if (version.extendedSuggested()) {
			text.line(this.words.text("intake.flag.EXTENDED_SESSION_SUGGESTED"));
		}
		response.setText(text.build());
		return response;
	}

	private Coding coding(Enum<?> choice) {
		return new Coding(system(choice.getDeclaringClass()), choice.name(), choiceText(choice));
	}

	/** The clinic's code system for one kind of choice: {@code GenderPreference} is {@code .../CodeSystem/gender-preference}. */
	String system(Class<?> kind) {
		return this.scope.ids().canonical("CodeSystem/" + kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());
	}

	private String choiceText(Enum<?> choice) {
		return this.words.of(choice);
	}

	private String text(String code) {
		return this.words.text(code);
	}

}
