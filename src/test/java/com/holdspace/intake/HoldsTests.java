package com.holdspace.intake;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.staff.Role;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.FieldCipher;

import jakarta.servlet.http.Cookie;

/**
 * Holds that cannot be talked away, each case driven over HTTP as the clinic would meet it: a later
 * version, the client on the tablet, who may clear and how, and what the database refuses anyway.
 */
@IntegrationTest
class HoldsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	ClinicalHolds holds;

	@Autowired
	IntakeService intakeService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	StatementCounter statements;

	private long clientId;

	private String therapistLogin;

	private UserDetails therapist;

	private long therapistId;

	private UserDetails desk;

	@BeforeEach
	void aClientAndTheirTherapist() {
		this.clientId = this.fixtures.client("Held Client");
		this.therapistLogin = this.fixtures.staffMember(Role.THERAPIST);
		this.therapist = this.users.loadUserByUsername(this.therapistLogin);
		this.therapistId = this.fixtures.staffId(this.therapistLogin);
		this.desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
	}

	@Test
	void aLaterVersionAnsweringNoLeavesTheReferAndPauseHoldInPlace() throws Exception {
		var disclosed = IntakeAnswers.complete();
		disclosed.setFlashbacks(true);
		complete(disclosed).andExpect(redirectedUrl(intake()));
		var denied = IntakeAnswers.complete();
		denied.setFlashbacks(false);
		denied.setSuicidalThoughts(false);

		complete(denied).andExpect(redirectedUrl(intake()));

		assertThat(this.intakeService.versions(this.clientId)).hasSize(2);
		this.mvc.perform(get(intake()).with(user(this.therapist)))
			.andExpect(content().string(containsString("Refer and pause")))
			.andExpect(content().string(containsString("Current flashbacks")))
			.andExpect(content().string(containsString("intake version 1, completed by")))
			.andExpect(content().string(containsString("Record the referral")));
		this.mvc.perform(get("/clients/" + this.clientId).with(user(this.desk)))
			.andExpect(content().string(containsString("Somatic work on hold")));
		bookMassage().andExpect(content().string(containsString("until a therapist lifts the hold")));
	}

	@Test
	void aDisclosureOnTheTabletHoldsAtOnceWhileTheIntakeIsStillADraft() throws Exception {
		Cookie tablet = handTabletToClient();

		this.mvc.perform(post(selfFill() + "/draft").cookie(tablet).with(csrf()).param("suicidalThoughts", "true"))
			.andExpect(status().isOk());

		assertThat(this.intakeService.versions(this.clientId)).isEmpty();
		this.mvc.perform(get("/clients/" + this.clientId).with(user(this.desk)))
			.andExpect(content().string(containsString("Somatic work on hold")))
			.andExpect(content().string(not(containsString("ending their life"))));
		bookMassage().andExpect(content().string(containsString("until a therapist lifts the hold")));
		assertThat(this.holds.activeHolds(this.clientId)).singleElement().satisfies(hold -> {
			assertThat(hold.kind()).isEqualTo(FlagKind.REFER_AND_PAUSE);
			assertThat(hold.reasons()).singleElement()
				.satisfies(reason -> assertThat(reason.getSource()).isEqualTo(HoldSource.SELF_FILL));
		});
	}

	@Test
	void theClientsOwnAnswersStayAsGivenAndTheTherapistsEditIsAttributedToThem() throws Exception {
		Cookie tablet = handTabletToClient();
		this.mvc.perform(post(selfFill() + "/done").cookie(tablet)
			.with(csrf())
			.param("flashbacks", "true")
			.param("goals", "Sleep through the night"))
			.andExpect(redirectedUrl(selfFill() + "/thanks"));
		var edited = IntakeAnswers.complete();
		edited.setFlashbacks(false);
		edited.setGoals("Sleep better");

		complete(edited).andExpect(redirectedUrl(intake()));

		this.mvc.perform(get(intake() + "/versions/1").with(user(this.therapist)))
			.andExpect(content().string(containsString("What the client answered on the tablet")))
			.andExpect(content().string(containsString("Changed from the client&#39;s own answers by Test therapist")))
			.andExpect(content().string(containsString("Sleep through the night")))
			.andExpect(content().string(containsString("Are you having flashbacks at the moment?")));
		assertThat(this.holds.somaticWorkPaused(this.clientId)).isTrue();
		String stored = this.jdbc.queryForObject("select answers from intake_self_fill where client_id = ?",
				String.class, this.clientId);
		assertThat(FieldCipher.get().decrypt(stored, "intake_answers")).contains("\"flashbacks\":true");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc
			.update("update intake_self_fill set answers = '{}' where client_id = ?", this.clientId))
			.withMessageContaining("own record");
	}

	@Test
	void aClearanceNamesWhoClearedTheirRoleTheDateOfTheirAdviceAndANote() throws Exception {
		long hold = referAndPauseHold();
		record(hold, "REFERRAL", this.therapist, "Dr Rao", "Trauma psychologist", TestClock.today(), "By phone")
			.andExpect(redirectedUrl(intake() + "#holds"));

		this.mvc.perform(post(intake() + "/holds/" + hold + "/CLEARANCE").with(user(this.therapist))
			.with(csrf())
			.param("personName", "Dr Rao")
			.param("adviceOn", TestClock.today().plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"personRole-error\">Write their role")))
			.andExpect(content().string(containsString("id=\"adviceOn-error\">The date cannot be in the future.")))
			.andExpect(content().string(containsString("id=\"note-error\">Write a note")))
			.andExpect(content().string(containsString("value=\"Dr Rao\"")));
		assertThat(this.holds.somaticWorkPaused(this.clientId)).isTrue();
	}

	@Test
	void theTherapistWhoReferredCannotClearHerOwnReferralNowOrLater() throws Exception {
		long hold = referAndPauseHold();
		record(hold, "REFERRAL", this.therapist, "Dr Rao", "Trauma psychologist", TestClock.today(), "By phone");

		record(hold, "CLEARANCE", this.therapist, "Dr Rao", "Trauma psychologist", TestClock.today(), "ok",
				"licensedRole", "PSYCHOLOGIST", "basis", "WRITTEN_ADVICE")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("does not also clear it")))
			.andExpect(content().string(containsString(">ok</textarea>")));
		this.clock.moveBy(java.time.Duration.ofDays(3));
		record(hold, "CLEARANCE", this.therapist, "Dr Rao", "Trauma psychologist", TestClock.today(), "ok",
				"licensedRole", "PSYCHOLOGIST", "basis", "WRITTEN_ADVICE")
			.andExpect(content().string(containsString("does not also clear it")));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update("""
				insert into clinical_hold_step (hold_id, step, person_name, person_role, advice_on, note, basis,
				    licensed_role, recorded_by, recorded_by_name, recorded_at)
				values (?, 'CLEARANCE', 'Dr Rao', 'GP', ?, 'by hand', 'WRITTEN_ADVICE', 'PHYSICIAN', ?, 'T', ?)""",
				hold, TestClock.today(), this.therapistId, java.sql.Timestamp.from(TestClock.current())))
			.withMessageContaining("does not also clear");
		assertThat(this.holds.somaticWorkPaused(this.clientId)).isTrue();
	}

	@Test
	void aColleagueClearsNamingTheLicensedClinicianAndHowTheyAdvised() throws Exception {
		long hold = referAndPauseHold();
		record(hold, "REFERRAL", this.therapist, "Dr Rao", "Trauma psychologist", TestClock.today(), "By phone");
		String colleagueLogin = this.fixtures.staffMember(Role.THERAPIST);
		this.booking.inCare(this.clientId, this.fixtures.staffId(colleagueLogin));
		var colleague = this.users.loadUserByUsername(colleagueLogin);

		record(hold, "CLEARANCE", colleague, "Dr Rao", "Trauma psychologist", TestClock.today(), "Cleared")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"licensedRole-error\">Choose the licensed clinician")));
		record(hold, "CLEARANCE", colleague, "Dr Rao", "Trauma psychologist", TestClock.today(), "Cleared",
				"licensedRole", "PSYCHOLOGIST")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"basis-error\">Choose how their advice was given.")));
		record(hold, "CLEARANCE", colleague, "Dr Rao", "Trauma psychologist", TestClock.today(),
				"Safe to resume gentle work", "licensedRole", "PSYCHOLOGIST", "basis", "WRITTEN_ADVICE")
			.andExpect(redirectedUrl(intake() + "#holds"));

		assertThat(this.holds.somaticWorkPaused(this.clientId)).isFalse();
		assertThat(this.holds.hold(this.clientId, hold).clearance()).satisfies(clearance -> {
			assertThat(clearance.getLicensedRole()).isEqualTo(LicensedRole.PSYCHOLOGIST);
			assertThat(clearance.getBasis()).isEqualTo(ConsultBasis.WRITTEN_ADVICE);
		});
		this.mvc.perform(get(intake()).with(user(this.therapist)))
			.andExpect(content().string(containsString("Licensed as: Psychologist")));
	}

	@Test
	void theDeskAndAdminCannotClearAndTheDatabaseRefusesThemToo() throws Exception {
		long hold = referAndPauseHold();
		var admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));

		record(hold, "REFERRAL", this.desk, "Dr Rao", "GP", TestClock.today(), "By phone").andExpect(status().isForbidden());
		record(hold, "REFERRAL", admin, "Dr Rao", "GP", TestClock.today(), "By phone").andExpect(status().isForbidden());

		long adminId = this.fixtures.staffId(admin.getUsername());
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update("""
				insert into clinical_hold_step (hold_id, step, person_name, person_role, advice_on, note, recorded_by,
				    recorded_by_name, recorded_at)
				values (?, 'REFERRAL', 'Dr Rao', 'GP', current_date, 'typed in by hand', ?, 'Admin', now())""", hold,
				adminId))
			.withMessageContaining("only a therapist");
		assertThat(this.holds.hold(this.clientId, hold).referral()).isNull();
	}

	@Test
	void theDatabaseRefusesAClearanceBeforeTheReferralAndALiftedHoldWithoutOne() {
		long hold = referAndPauseHold();

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update("""
				insert into clinical_hold_step (hold_id, step, person_name, person_role, advice_on, note, recorded_by,
				    recorded_by_name, recorded_at)
				values (?, 'CLEARANCE', 'Dr Rao', 'GP', current_date, 'no referral', ?, 'T', now())""", hold,
				this.therapistId))
			.withMessageContaining("only after a referral");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update clinical_hold set cleared_at = now() where id = ?", hold))
			.withMessageContaining("only by recording its clearance");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from clinical_hold_reason where hold_id = ?", hold));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from clinical_hold where id = ?", hold));
		assertThat(this.holds.somaticWorkPaused(this.clientId)).isTrue();
	}

	@Test
	void talkingWithTheProviderNeedsTheClientsSignedConsentToIt() throws Exception {
		var answers = IntakeAnswers.complete();
		answers.setPtsd(true);
		complete(answers);
		long hold = onlyHold(FlagKind.CONSULT_PROVIDER);

		record(hold, "CLEARANCE", this.therapist, "Dr Rao", "Psychologist", TestClock.today(), "Spoke on the phone",
				"basis", "SPOKE_WITH_PROVIDER")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"basis-error\">Talking with the provider, or the client passing on")));
		assertThat(this.holds.hold(this.clientId, hold).isActive()).isTrue();

		this.consents.signProviderCommunication(this.clientId, this.therapistId);
		record(hold, "CLEARANCE", this.therapist, "Dr Rao", "Psychologist", TestClock.today(), "Spoke on the phone",
				"basis", "SPOKE_WITH_PROVIDER")
			.andExpect(redirectedUrl(intake() + "#holds"));
		assertThat(this.holds.hold(this.clientId, hold).clearance().getBasis()).isEqualTo(ConsultBasis.SPOKE_WITH_PROVIDER);
	}

	@Test
	void theClientsOwnAccountOfTheirProvidersAdviceNeedsTheirConsentButWrittenAdviceDoesNot() throws Exception {
		var answers = IntakeAnswers.complete();
		answers.setDepression(true);
		complete(answers);
		long hold = onlyHold(FlagKind.CONSULT_PROVIDER);

		record(hold, "CLEARANCE", this.therapist, "Dr Rao", "GP", TestClock.today(), "She asked him; gentle work is fine",
				"basis", "CLIENT_CONSULTED")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"basis-error\">Talking with the provider, or the client passing on")));
		assertThat(this.holds.hold(this.clientId, hold).isActive()).isTrue();

		record(hold, "CLEARANCE", this.therapist, "Dr Rao", "GP", TestClock.today(), "His letter: gentle work is fine",
				"basis", "WRITTEN_ADVICE")
			.andExpect(redirectedUrl(intake() + "#holds"));
	}

	@Test
	void aContraindicatingConditionMarksItsRegionAvoidUntilThePhysicianClearsIt() throws Exception {
		var answers = IntakeAnswers.complete();
		answers.setContraindicatingCondition(Contraindication.YES);
		answers.setContraindicationDetail("deep vein thrombosis");
		answers.setContraindicatedRegions(Set.of(BodyRegion.CALF_LEFT));

		complete(answers).andExpect(redirectedUrl(intake()));

		this.mvc.perform(get("/clients/" + this.clientId).with(user(this.therapist)))
			.andExpect(content().string(containsString("A medical condition rules out some work")))
			.andExpect(content().string(containsString("<li data-region=\"CALF_LEFT\" class=\"state-AVOID\">")));
		long hold = onlyHold(FlagKind.CONTRAINDICATION);
		this.clock.moveTo(this.clock.instant().plusSeconds(5));
		record(hold, "CLEARANCE", this.therapist, "Dr Iris Moreau", "GP", TestClock.today(), "Treated; massage is fine")
			.andExpect(redirectedUrl(intake() + "#holds"));
		this.mvc.perform(get("/clients/" + this.clientId).with(user(this.therapist)))
			.andExpect(content().string(not(containsString("<li data-region=\"CALF_LEFT\" class=\"state-AVOID\">"))));
	}

	@Test
	void beingUnsureAboutAConditionIsAnExplicitChoiceThatHoldsUntilThePhysicianIsConsulted() throws Exception {
		var unanswered = IntakeAnswers.complete();
		unanswered.setContraindicatingCondition(null);
		complete(unanswered).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contraindicatingCondition-error\"")))
			.andExpect(content().string(containsString("Not sure: consult the treating physician first")));

		var unsure = IntakeAnswers.complete();
		unsure.setContraindicatingCondition(Contraindication.UNSURE);
		complete(unsure).andExpect(redirectedUrl(intake()));

		assertThat(this.holds.activeHolds(this.clientId)).singleElement().satisfies(hold -> {
			assertThat(hold.kind()).isEqualTo(FlagKind.CONTRAINDICATION);
			assertThat(hold.reasons()).extracting(HoldReason::getAnswer).containsExactly("contraindicationUnsure");
		});
	}

	@Test
	void aRecentSurgeryThatRunsOutIsShownForReviewNotDropped() throws Exception {
		LocalDate today = TestClock.today();
		complete(IntakeAnswers.withSurgery(today.minusWeeks(11))).andExpect(redirectedUrl(intake()));

		this.clock.moveTo(ZonedDateTime.of(today.plusWeeks(2), java.time.LocalTime.NOON, this.clinicTime.zone())
			.toInstant());

		this.mvc.perform(get(intake()).with(user(this.therapist)))
			.andExpect(content().string(containsString("No deep or prolonged work")))
			.andExpect(content().string(containsString("Ran out on")))
			.andExpect(content().string(containsString("review it")));
		assertThat(onlyHold(FlagKind.NO_DEEP_WORK)).isPositive();
	}

	@Test
	void aClearedReasonRepeatedInALaterVersionRaisesNothingButAnsweredAnewItDoes() throws Exception {
		var answers = IntakeAnswers.complete();
		answers.setAnxietyDisorder(true);
		complete(answers);
		long first = onlyHold(FlagKind.CONSULT_PROVIDER);
		record(first, "CLEARANCE", this.therapist, "Dr Rao", "GP", TestClock.today(), "Fine", "basis", "WRITTEN_ADVICE");

		complete(answers);
		assertThat(this.holds.activeHolds(this.clientId)).isEmpty();

		answers.setAnxietyDisorder(false);
		complete(answers);
		answers.setAnxietyDisorder(true);
		complete(answers);
		assertThat(this.holds.activeHolds(this.clientId)).singleElement()
			.satisfies(hold -> assertThat(hold.id()).isNotEqualTo(first));
	}

	@Test
	void aRegionALaterVersionAddsJoinsTheOpenHoldAndNoneIsDropped() throws Exception {
		var answers = IntakeAnswers.complete();
		answers.setContraindicatingCondition(Contraindication.YES);
		answers.setContraindicationDetail("deep vein thrombosis");
		answers.setContraindicatedRegions(Set.of(BodyRegion.CALF_LEFT));
		complete(answers);
		answers.setContraindicatedRegions(Set.of(BodyRegion.CALF_RIGHT));

		complete(answers);

		assertThat(this.holds.activeHolds(this.clientId)).singleElement()
			.satisfies(hold -> assertThat(hold.avoidRegions()).containsExactlyInAnyOrder(BodyRegion.CALF_LEFT,
					BodyRegion.CALF_RIGHT));
		this.mvc.perform(get("/clients/" + this.clientId).with(user(this.therapist)))
			.andExpect(content().string(containsString("<li data-region=\"CALF_LEFT\" class=\"state-AVOID\">")))
			.andExpect(content().string(containsString("<li data-region=\"CALF_RIGHT\" class=\"state-AVOID\">")));
	}

	@Test
	void aTabletSittingDoesNotRaiseAgainWhatOnlyStaffAnswered() throws Exception {
		var answers = IntakeAnswers.complete();
		answers.setUncontrolledSymptoms(true);
		complete(answers);
		record(onlyHold(FlagKind.NO_DEEP_WORK), "CLEARANCE", this.therapist, "Dr Moreau", "Psychiatrist",
				TestClock.today(), "Symptoms are under control now");
		Cookie tablet = handTabletToClient();
		this.mvc.perform(post(selfFill() + "/done").cookie(tablet).with(csrf()).param("goals", "Sleep better"))
			.andExpect(redirectedUrl(selfFill() + "/thanks"));

		complete(answers).andExpect(redirectedUrl(intake()));

		assertThat(this.holds.activeHolds(this.clientId)).isEmpty();
	}

	@Test
	void theIntakePageAndAHoldsStepCostTheSameStatementsForOneHoldOrMany() throws Exception {
		long hold = referAndPauseHold();
		int summaryWithOne = statementsFor(intake());
		int stepWithOne = statementsFor(intake() + "/holds/" + hold + "/REFERRAL");
		var more = IntakeAnswers.complete();
		more.setSevereDissociation(true);
		more.setFlashbacks(true);
		more.setSuicidalThoughts(true);
		more.setPtsd(true);
		more.setDepression(true);
		more.setUncontrolledSymptoms(true);
		more.setContraindicatingCondition(Contraindication.UNSURE);
		complete(more);
		assertThat(this.holds.activeHolds(this.clientId)).hasSize(4);

		// each page's statements include the one that asks whether the client is in the therapist's care
		assertThat(statementsFor(intake())).as("the intake page").isEqualTo(summaryWithOne).isLessThanOrEqualTo(15);
		assertThat(statementsFor(intake() + "/holds/" + hold + "/REFERRAL")).as("a hold's step")
			.isEqualTo(stepWithOne)
			.isLessThanOrEqualTo(15);
	}

	private int statementsFor(String path) throws Exception {
		this.statements.start();
		try {
			this.mvc.perform(get(path).with(user(this.therapist))).andExpect(status().isOk());
			return this.statements.stop().size();
		}
		finally {
			this.statements.stop();
		}
	}

	private long referAndPauseHold() {
		var answers = IntakeAnswers.complete();
		answers.setSevereDissociation(true);
		this.intakeService.complete(this.clientId, answers, UUID.randomUUID(), this.therapistId, "Test therapist");
		return onlyHold(FlagKind.REFER_AND_PAUSE);
	}

	private long onlyHold(FlagKind kind) {
		return this.holds.activeHolds(this.clientId)
			.stream()
			.filter(hold -> hold.kind() == kind)
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** Completes as the form on the tablet does: over the draft it last saw, if there is one. */
	private ResultActions complete(IntakeForm answers) throws Exception {
		var request = post(intake() + "/complete").with(user(this.therapist))
			.with(csrf())
			.param("completionToken", UUID.randomUUID().toString())
			.params(IntakeRequests.params(answers));
		this.intakeService.draft(this.clientId)
			.ifPresent(draft -> request.param("draftVersion", String.valueOf(draft.getVersion())));
		return this.mvc.perform(request);
	}

	private ResultActions record(long hold, String step, UserDetails who, String person, String role, LocalDate on,
			String note, String... more) throws Exception {
		var request = post(intake() + "/holds/" + hold + "/" + step).with(user(who))
			.with(csrf())
			.param("personName", person)
			.param("personRole", role)
			.param("adviceOn", on.toString())
			.param("note", note);
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private ResultActions bookMassage() throws Exception {
		long therapist = this.booking.therapist();
		var day = this.booking.at(1, DayOfWeek.WEDNESDAY, 10, 0).atZone(this.clinicTime.zone());
		return this.mvc.perform(post("/bookings").with(user(this.desk))
			.with(csrf())
			.param("creationToken", UUID.randomUUID().toString())
			.param("clientId", String.valueOf(this.clientId))
			.param("sessionTypeId", String.valueOf(this.booking.standard()))
			.param("therapistId", String.valueOf(therapist))
			.param("roomId", String.valueOf(this.booking.room()))
			.param("date", day.toLocalDate().toString())
			.param("time", "10:00"))
			.andExpect(status().isOk());
	}

	private Cookie handTabletToClient() throws Exception {
		Cookie session = this.fixtures.signIn(this.mvc, this.therapistLogin);
		this.mvc.perform(post(selfFill() + "/start").cookie(session).with(csrf()))
			.andExpect(redirectedUrl(selfFill()));
		return session;
	}

	private String intake() {
		return "/clients/" + this.clientId + "/intake";
	}

	private String selfFill() {
		return intake() + "/self-fill";
	}

}
