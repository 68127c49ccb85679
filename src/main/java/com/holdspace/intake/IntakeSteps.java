package com.holdspace.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SAFE intake one step at a time, each step the size of a tablet's screen, in order, with the
 * answers each asks. The client, filling in their part, has no steps of the therapist's own: the
 * conditions that rule out work, the regions they rule out, and the check before completing.
 */
final class IntakeSteps {

	/** A step as a page shows it: its place, and the steps before and after it. */
	record Step(String id, int number, int total, String previous, String next) {

		public boolean isLast() {
			return this.next == null;
		}

	}

	/**
	 * An answer the check before completing asks for: its step, the answer (its question is
	 * intake.q.answer), where on the page to find it, and what is wrong with it.
	 */
	record Missing(String step, String answer, String anchor, String message) {

		static Missing of(String field, String message) {
			return new Missing(stepOf(field), answerOf(field), anchorOf(field), message);
		}

	}

	/** The answers a step still lacks, in the order it asks them. */
	record Gap(String step, List<Missing> answers) {

		public String anchor() {
			return this.answers.get(0).anchor();
		}

	}

	private record Definition(String id, boolean staffOnly, List<String> fields) {
	}

	/** Answers typed into a text box: their box has the answer's name as id; the others are a group. */
	private static final Set<String> TYPED = Set.of("safetyConcerns", "stopConditions", "drapingPreferences",
			"stopSignal", "startSignal", "goals", "triggersToAvoid", "traumaOrInjuryAreas", "sensitiveTopics",
			"stabilisingResources", "providerName", "providerContact", "surgeryDate", "surgeryWhat",
			"medicalConditions", "medications", "contraindicationDetail", "anythingElse", "staffNotes");

	private static final List<Definition> ALL = List.of(
			new Definition("safety", false, List.of("emergencyContactsConfirmed", "safetyConcerns", "stopConditions")),
			new Definition("autonomy", false,
					List.of("pressure", "drapingPreferences", "therapistGender", "wantsExperiencedTherapist")),
			new Definition("bodymap", false, List.of("bodyMap")),
			new Definition("frames", false,
					List.of("stopSignalKind", "stopSignal", "startSignal", "checkInFrequency", "sensationsExplained")),
			new Definition("education", false,
					List.of("goals", "acknowledgesEmotionalResponses", "hopesForRelease", "hadReleaseBefore")),
			new Definition("triggers", false,
					List.of("triggersToAvoid", "traumaOrInjuryAreas", "sensitiveTopics", "stabilisingResources")),
			new Definition("screening", false,
					List.of("ptsd", "anxietyDisorder", "depression", "severeTrauma", "providerName", "providerContact",
							"flashbacks", "severeDissociation", "suicidalThoughts")),
			new Definition("medical", false,
					List.of("substanceUseToday", "recentSurgery", "surgeryDate", "surgeryWhat", "medicalConditions",
							"medications", "pregnant", "anythingElse")),
			new Definition("conditions", true,
					List.of("uncontrolledSymptoms", "contraindicatingCondition", "contraindicationDetail")),
			new Definition("regions", true, List.of("contraindicatedRegions")),
			new Definition("summary", true, List.of("staffNotes")));

	private IntakeSteps() {
	}

	/** The steps in order, by id. */
	static Map<String, Step> of(boolean clientMode) {
		List<Definition> shown = ALL.stream().filter(step -> !clientMode || !step.staffOnly()).toList();
		Map<String, Step> steps = new LinkedHashMap<>();
		for (int i = 0; i < shown.size(); i++) {
			steps.put(shown.get(i).id(), new Step(shown.get(i).id(), i + 1, shown.size(),
					(i > 0) ? shown.get(i - 1).id() : null, (i < shown.size() - 1) ? shown.get(i + 1).id() : null));
		}
		return steps;
	}

	/** The answer a field belongs to: "bodyMap[CHEST].note" is the body map's. */
	static String answerOf(String field) {
		return field.replaceAll("[\\[.].*$", "");
	}

	/** The step that asks an answer; null for none. */
	static String stepOf(String field) {
		String answer = answerOf(field);
		return ALL.stream()
			.filter(step -> step.fields().contains(answer))
			.map(Definition::id)
			.findFirst()
			.orElse(null);
	}

	/** Where a person finds an answer on the page: its text box, or its group of choices. */
	static String anchorOf(String field) {
		String answer = answerOf(field);
		if ("bodyMap".equals(answer)) {
			return "bodymap";
		}
		return TYPED.contains(answer) ? answer : "q-" + answer;
	}

	/** The problems step by step, in the order of the steps and of the questions within each. */
	static List<Gap> byStep(List<Missing> problems) {
		List<Gap> gaps = new ArrayList<>();
		for (Definition step : ALL) {
			List<Missing> answers = new ArrayList<>();
			for (String field : step.fields()) {
				problems.stream().filter(problem -> problem.answer().equals(field)).forEach(answers::add);
			}
			if (!answers.isEmpty()) {
				gaps.add(new Gap(step.id(), List.copyOf(answers)));
			}
		}
		return gaps;
	}

}
