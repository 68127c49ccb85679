package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("fast")
class IntakeRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void aClientWithNothingToReportRaisesNoFlag() {
		assertThat(IntakeRules.evaluate(allNo(), TODAY)).isEmpty();
	}

	@Test
	void unansweredQuestionsRaiseNothingYet() {
		assertThat(IntakeRules.evaluate(new IntakeForm(), TODAY)).isEmpty();
	}

	@Test
	void currentFlashbacksReferAndPauseUrgently() {
		var answers = allNo();
		answers.setFlashbacks(true);

		var flag = only(IntakeRules.evaluate(answers, TODAY));

		assertThat(flag.kind()).isEqualTo(FlagKind.REFER_AND_PAUSE);
		assertThat(flag.reasons()).extracting(FlagReason::answer).containsExactly("flashbacks");
		assertThat(flag.isUrgent()).isTrue();
	}

	@Test
	void suicidalThoughtsReferAndPauseUrgently() {
		var answers = allNo();
		answers.setSuicidalThoughts(true);

		var flag = only(IntakeRules.evaluate(answers, TODAY));

		assertThat(flag.kind()).isEqualTo(FlagKind.REFER_AND_PAUSE);
		assertThat(flag.isUrgent()).isTrue();
	}

	@Test
	void severeDissociationReferAndPausesButIsNotAnAlarm() {
		var answers = allNo();
		answers.setSevereDissociation(true);

		var flag = only(IntakeRules.evaluate(answers, TODAY));

		assertThat(flag.kind()).isEqualTo(FlagKind.REFER_AND_PAUSE);
		assertThat(flag.reasons()).extracting(FlagReason::answer).containsExactly("severeDissociation");
		assertThat(flag.isUrgent()).isFalse();
	}

	@Test
	void oneFlagNamesEveryAnswerThatRaisedIt() {
		var answers = allNo();
		answers.setFlashbacks(true);
		answers.setSevereDissociation(true);
		answers.setSuicidalThoughts(true);

		var flag = only(IntakeRules.evaluate(answers, TODAY));

		assertThat(flag.reasons()).extracting(FlagReason::answer)
			.containsExactly("flashbacks", "severeDissociation", "suicidalThoughts");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ptsd", "anxietyDisorder", "depression", "severeTrauma" })
	void eachDiagnosisAsksToConsultTheProviderFirst(String diagnosis) {
		var answers = allNo();
		switch (diagnosis) {
			case "ptsd" -> answers.setPtsd(true);
			case "anxietyDisorder" -> answers.setAnxietyDisorder(true);
			case "depression" -> answers.setDepression(true);
			default -> answers.setSevereTrauma(true);
		}

		var flag = only(IntakeRules.evaluate(answers, TODAY));

		assertThat(flag.kind()).isEqualTo(FlagKind.CONSULT_PROVIDER);
		assertThat(flag.reasons()).extracting(FlagReason::answer).containsExactly(diagnosis);
		assertThat(flag.isUrgent()).isFalse();
	}

	@Test
	void substanceUseTodayRulesOutDeepWork() {
		var answers = allNo();
		answers.setSubstanceUseToday(true);

		assertThat(only(IntakeRules.evaluate(answers, TODAY)).kind()).isEqualTo(FlagKind.NO_DEEP_WORK);
	}

	@Test
	void surgeryExactlyTwelveWeeksAgoIsStillRecent() {
		var answers = surgeryOn(TODAY.minusWeeks(12));

		var flag = only(IntakeRules.evaluate(answers, TODAY));

		assertThat(flag.kind()).isEqualTo(FlagKind.NO_DEEP_WORK);
		assertThat(flag.reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.detail()).isEqualTo("knee arthroscopy, 2026-08-30"));
	}

	@Test
	void surgeryTwelveWeeksAndOneDayAgoIsNotRecent() {
		assertThat(IntakeRules.evaluate(surgeryOn(TODAY.minusWeeks(12).minusDays(1)), TODAY)).isEmpty();
	}

	@Test
	void surgeryThirteenWeeksAgoIsNotRecent() {
		assertThat(IntakeRules.evaluate(surgeryOn(TODAY.minusWeeks(13)), TODAY)).isEmpty();
	}

	@Test
	void surgeryWithoutADateIsTreatedAsRecent() {
		var flag = only(IntakeRules.evaluate(surgeryOn(null), TODAY));

		assertThat(flag.reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.detail()).contains("date not given"));
	}

	@Test
	void uncontrolledSymptomsRuleOutDeepWork() {
		var answers = allNo();
		answers.setUncontrolledSymptoms(true);

		assertThat(only(IntakeRules.evaluate(answers, TODAY)).reasons()).extracting(FlagReason::answer)
			.containsExactly("uncontrolledSymptoms");
	}

	@Test
	void aContraindicatingConditionHoldsItsRegionsWithItsDetail() {
		var answers = allNo();
		answers.setContraindicatingCondition(Contraindication.YES);
		answers.setContraindicationDetail("deep vein thrombosis");
		answers.setContraindicatedRegions(java.util.Set.of(BodyRegion.CALF_LEFT));

		var flag = only(IntakeRules.evaluate(answers, TODAY));
		assertThat(flag.kind()).isEqualTo(FlagKind.CONTRAINDICATION);
		assertThat(flag.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.detail()).isEqualTo("deep vein thrombosis");
			assertThat(reason.regions()).containsExactly(BodyRegion.CALF_LEFT);
		});
	}

	@Test
	void beingUnsureAboutAConditionIsItsOwnAnswerThatSendsTheTherapistToThePhysician() {
		var answers = allNo();
		answers.setContraindicatingCondition(Contraindication.UNSURE);

		var flag = only(IntakeRules.evaluate(answers, TODAY));
		assertThat(flag.kind()).isEqualTo(FlagKind.CONTRAINDICATION);
		assertThat(flag.reasons()).extracting(FlagReason::answer).containsExactly("contraindicationUnsure");
	}

	@Test
	void aRecentSurgeryRunsOutTwelveWeeksAfterItsDate() {
		var answers = allNo();
		answers.setRecentSurgery(true);
		answers.setSurgeryDate(TODAY.minusWeeks(3));

		assertThat(only(IntakeRules.evaluate(answers, TODAY)).reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.lapsesOn()).isEqualTo(TODAY.plusWeeks(9)));
	}

	@Test
	void hopingForAReleaseSuggestsAnExtendedSession() {
		var answers = allNo();
		answers.setHopesForRelease(true);

		assertThat(only(IntakeRules.evaluate(answers, TODAY)).kind()).isEqualTo(FlagKind.EXTENDED_SESSION_SUGGESTED);
	}

	@Test
	void anEarlierReleaseSuggestsAnExtendedSession() {
		var answers = allNo();
		answers.setHadReleaseBefore(true);

		assertThat(only(IntakeRules.evaluate(answers, TODAY)).reasons()).extracting(FlagReason::answer)
			.containsExactly("hadReleaseBefore");
	}

	@Test
	void flagsComeMostSeriousFirst() {
		var answers = allNo();
		answers.setHadReleaseBefore(true);
		answers.setSubstanceUseToday(true);
		answers.setDepression(true);
		answers.setFlashbacks(true);

		assertThat(IntakeRules.evaluate(answers, TODAY)).extracting(RaisedFlag::kind)
			.containsExactly(FlagKind.REFER_AND_PAUSE, FlagKind.CONSULT_PROVIDER, FlagKind.NO_DEEP_WORK,
					FlagKind.EXTENDED_SESSION_SUGGESTED);
	}

	private static IntakeForm surgeryOn(LocalDate date) {
		var answers = allNo();
		answers.setRecentSurgery(true);
		answers.setSurgeryDate(date);
		answers.setSurgeryWhat("knee arthroscopy");
		return answers;
	}

	private static RaisedFlag only(List<RaisedFlag> flags) {
		assertThat(flags).hasSize(1);
		return flags.get(0);
	}

	static IntakeForm allNo() {
		var answers = new IntakeForm();
		answers.setPtsd(false);
		answers.setAnxietyDisorder(false);
		answers.setDepression(false);
		answers.setSevereTrauma(false);
		answers.setFlashbacks(false);
		answers.setSevereDissociation(false);
		answers.setSuicidalThoughts(false);
		answers.setSubstanceUseToday(false);
		answers.setRecentSurgery(false);
		answers.setPregnant(false);
		answers.setUncontrolledSymptoms(false);
		answers.setContraindicatingCondition(Contraindication.NO);
		answers.setHopesForRelease(false);
		answers.setHadReleaseBefore(false);
		return answers;
	}

}
