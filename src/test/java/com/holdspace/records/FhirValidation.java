package com.holdspace.records;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * HAPI FHIR's validator against the base R4 profiles and HL7's terminologies as they ship in the
 * validator's own jars: nothing is fetched from the network. The record's own {@code Questionnaire}
 * and {@code CodeSystem} are handed to it as well, from the bundle itself, so that every intake answer
 * is checked against its question's type and choices, and every code of the clinic's against its
 * definition.
 */
final class FhirValidation {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	private FhirValidation() {
	}

	/** What the validator said: the errors in full, the warnings counted. */
	record Outcome(List<SingleValidationMessage> errors, List<SingleValidationMessage> warnings,
			List<SingleValidationMessage> information) {

		String describeErrors() {
			StringBuilder text = new StringBuilder();
			this.errors.forEach(message -> text.append('\n')
				.append(message.getSeverity())
				.append(" at ")
				.append(message.getLocationString())
				.append(": ")
				.append(message.getMessage()));
			return text.toString();
		}

		String describeWarnings() {
			StringBuilder text = new StringBuilder();
			this.warnings.forEach(message -> text.append('\n')
				.append(message.getLocationString())
				.append(": ")
				.append(message.getMessage()));
			return text.toString();
		}

	}

	/** The bundle's own questionnaires, found by their canonical URL as the validator asks for them. */
	private record OwnQuestionnaires(List<Questionnaire> questionnaires) implements IValidationSupport {

		@Override
		public FhirContext getFhirContext() {
			return FHIR;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
			if (type != null && !type.isAssignableFrom(Questionnaire.class)) {
				return null;
			}
			return (T) this.questionnaires.stream().filter(form -> form.getUrl().equals(url)).findFirst().orElse(null);
		}

	}

	static Outcome validate(String json) {
		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		List<Questionnaire> questionnaires = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Questionnaire.class::isInstance)
			.map(Questionnaire.class::cast)
			.toList();
		// the clinic's own code systems travel in the bundle: the validator reads them from there
		PrePopulatedValidationSupport codeSystems = new PrePopulatedValidationSupport(FHIR);
		bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(CodeSystem.class::isInstance)
			.forEach(codeSystems::addCodeSystem);
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
				new CommonCodeSystemsTerminologyService(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
				new SnapshotGeneratingValidationSupport(FHIR), codeSystems, new OwnQuestionnaires(questionnaires));
		FhirValidator validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
		List<SingleValidationMessage> messages = validator.validateWithResult(json).getMessages();
		return new Outcome(
				messages.stream()
					.filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
							|| message.getSeverity() == ResultSeverityEnum.FATAL)
					.toList(),
				messages.stream().filter(message -> message.getSeverity() == ResultSeverityEnum.WARNING).toList(),
				messages.stream().filter(message -> message.getSeverity() == ResultSeverityEnum.INFORMATION).toList());
	}

}
