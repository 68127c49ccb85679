package com.holdspace.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The screening rules of the clinic's practice guidance, in one place: answers in, flags out.
 * Pure and deterministic (today is passed in), so each rule is tested on its own.
 */
public final class IntakeRules {

	/** Surgery within this many weeks counts as recent. */
	static final int RECENT_SURGERY_WEEKS = 12;

	private IntakeRules() {
	}

	public static List<RaisedFlag> evaluate(IntakeForm answers, LocalDate today) {
		List<RaisedFlag> flags = new ArrayList<>();
		raise(flags, FlagKind.REFER_AND_PAUSE, referAndPause(answers));
		raise(flags, FlagKind.CONTRAINDICATION, contraindication(answers));
		raise(flags, FlagKind.CONSULT_PROVIDER, consultProvider(answers));
		raise(flags, FlagKind.NO_DEEP_WORK, noDeepWork(answers, today));
		raise(flags, FlagKind.EXTENDED_SESSION_SUGGESTED, extendedSession(answers));
		return List.copyOf(flags);
	}

	/** Flashbacks, severe dissociation or suicidality: refer at once and pause somatic work. */
	static List<FlagReason> referAndPause(IntakeForm answers) {
		List<FlagReason> reasons = new ArrayList<>();
		when(reasons, answers.getFlashbacks(), "flashbacks");
		when(reasons, answers.getSevereDissociation(), "severeDissociation");
		when(reasons, answers.getSuicidalThoughts(), "suicidalThoughts");
		return reasons;
	}

	/** PTSD, anxiety disorders, depression or severe trauma: consult their provider first. */
	static List<FlagReason> consultProvider(IntakeForm answers) {
		List<FlagReason> reasons = new ArrayList<>();
		when(reasons, answers.getPtsd(), "ptsd");
		when(reasons, answers.getAnxietyDisorder(), "anxietyDisorder");
		when(reasons, answers.getDepression(), "depression");
		when(reasons, answers.getSevereTrauma(), "severeTrauma");
		return reasons;
	}

	/**
	 * No aggressive or prolonged deep work with intoxication, recent major surgery or uncontrolled
	 * psychiatric symptoms. A recent surgery runs out twelve weeks after its date; a surgery without
	 * a date never runs out by itself.
	 */
	static List<FlagReason> noDeepWork(IntakeForm answers, LocalDate today) {
		List<FlagReason> reasons = new ArrayList<>();
		when(reasons, answers.getSubstanceUseToday(), "substanceUseToday");
		if (isRecentSurgery(answers, today)) {
			String what = (answers.getSurgeryWhat() != null) ? answers.getSurgeryWhat() + ", " : "";
			LocalDate date = answers.getSurgeryDate();
			String when = (date != null) ? date.toString() : "date not given";
			reasons.add(new FlagReason("recentSurgery", what + when, surgeryLapsesOn(date), List.of()));
		}
		when(reasons, answers.getUncontrolledSymptoms(), "uncontrolledSymptoms");
		return reasons;
	}

	/**
	 * A condition that rules out massage of some regions marks them avoid; being unsure is an
	 * answer of its own, and means consulting the treating physician first.
	 */
	static List<FlagReason> contraindication(IntakeForm answers) {
		if (answers.getContraindicatingCondition() == Contraindication.YES) {
			return List.of(new FlagReason("contraindicatingCondition", answers.getContraindicationDetail(), null,
					List.copyOf(answers.getContraindicatedRegions())));
		}
		if (answers.getContraindicatingCondition() == Contraindication.UNSURE) {
			return List.of(FlagReason.of("contraindicationUnsure", answers.getContraindicationDetail()));
		}
		return List.of();
	}

	/** The last day a surgery counts as recent; null when its date is not known. */
	static LocalDate surgeryLapsesOn(LocalDate surgeryDate) {
		return (surgeryDate != null) ? surgeryDate.plusWeeks(RECENT_SURGERY_WEEKS) : null;
	}

	/** Hoping for an emotional release, or having had one: suggest an extended session. */
	static List<FlagReason> extendedSession(IntakeForm answers) {
		List<FlagReason> reasons = new ArrayList<>();
		when(reasons, answers.getHopesForRelease(), "hopesForRelease");
		when(reasons, answers.getHadReleaseBefore(), "hadReleaseBefore");
		return reasons;
	}

	/**
	 * Surgery on a date within the last twelve weeks, counting the day exactly twelve weeks ago.
	 * A "yes" without a date is treated as recent: the safe reading until the date is known.
	 */
	static boolean isRecentSurgery(IntakeForm answers, LocalDate today) {
		if (!Boolean.TRUE.equals(answers.getRecentSurgery())) {
			return false;
		}
		LocalDate date = answers.getSurgeryDate();
		return date == null || !date.isBefore(today.minusWeeks(RECENT_SURGERY_WEEKS));
	}

	private static void when(List<FlagReason> reasons, Boolean answer, String field) {
		if (Boolean.TRUE.equals(answer)) {
			reasons.add(FlagReason.of(field));
		}
	}

	private static void raise(List<RaisedFlag> flags, FlagKind kind, List<FlagReason> reasons) {
		if (!reasons.isEmpty()) {
			flags.add(new RaisedFlag(kind, List.copyOf(reasons)));
		}
	}

}
