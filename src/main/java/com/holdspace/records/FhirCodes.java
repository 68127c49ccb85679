package com.holdspace.records;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/**
 * The clinic's own codes for what it measures, declared in the bundle as a {@code CodeSystem} so that
 * the record explains itself: tension before and after a session, and how the client felt when they
 * answered an aftercare check-in.
 */
final class FhirCodes {

	static final String PATH = "CodeSystem/holdspace";

	static final String TENSION_BEFORE = "tension-before";

	static final String TENSION_AFTER = "tension-after";

	static final String FEELING = "aftercare-feeling";

	private static final String[][] CONCEPTS = {
			{ TENSION_BEFORE, "Muscle tension before the session (0-10)",
					"The client's own rating at check-in, 0 none to 10 the most they can imagine" },
			{ TENSION_AFTER, "Muscle tension after the session (0-10)",
					"The client's own rating on leaving, 0 none to 10 the most they can imagine" },
			{ FEELING, "How the client is after the session (1-5)",
					"The client's answer to their aftercare plan's check-in, 1 very low to 5 very well" } };

	private final FhirIds ids;

	FhirCodes(FhirIds ids) {
		this.ids = ids;
	}

	String system() {
		return this.ids.canonical(PATH);
	}

	CodeableConcept concept(String code) {
		for (String[] concept : CONCEPTS) {
			if (concept[0].equals(code)) {
				return new CodeableConcept(new Coding(system(), code, concept[1])).setText(concept[1]);
			}
		}
		throw new IllegalArgumentException(code);
	}

	CodeSystem codeSystem(String publisher) {
		CodeSystem codes = this.ids.identify(new CodeSystem(), "holdspace");
		codes.setUrl(system());
		codes.setName("Holdspace");
		codes.setTitle("Holdspace measures");
		codes.setStatus(Enumerations.PublicationStatus.ACTIVE);
		codes.setPublisher(publisher);
		codes.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
		codes.setCaseSensitive(true);
		var text = FhirNarrative.titled("Holdspace measures");
		for (String[] concept : CONCEPTS) {
			codes.addConcept().setCode(concept[0]).setDisplay(concept[1]).setDefinition(concept[2]);
			text.line(concept[0], concept[1]);
		}
		codes.setCount(CONCEPTS.length);
		codes.setText(text.build());
		return codes;
	}

}
