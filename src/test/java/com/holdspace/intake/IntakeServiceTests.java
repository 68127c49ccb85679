package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestDatabase;
import com.holdspace.staff.Role;

@IntegrationTest
class IntakeServiceTests {

	@Autowired
	IntakeService intakeService;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private long clientId;

	private long therapistId;

	@BeforeEach
	void aClientAndATherapist() {
		this.clientId = this.fixtures.client("Intake Person");
		this.therapistId = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
	}

	@Test
	void aDraftIsKeptExactlyAsTypedAndResumed() {
		var answers = new IntakeForm();
		answers.setGoals("Sleep better");
		answers.setPressure(Pressure.ASK_EACH_TIME);
		answers.getBodyMap().get(BodyRegion.NECK_BACK).setState(RegionState.AVOID);
		answers.getBodyMap().get(BodyRegion.NECK_BACK).setNote("whiplash in 2019");

		this.intakeService.saveDraft(this.clientId, answers, null, false, false, this.therapistId, "Maya");
		var resumed = this.intakeService.workingCopy(this.clientId);

		assertThat(resumed.getGoals()).isEqualTo("Sleep better");
		assertThat(resumed.getPressure()).isEqualTo(Pressure.ASK_EACH_TIME);
		assertThat(resumed.getBodyMap().get(BodyRegion.NECK_BACK).getState()).isEqualTo(RegionState.AVOID);
		assertThat(resumed.getBodyMap().get(BodyRegion.NECK_BACK).getNote()).isEqualTo("whiplash in 2019");
		assertThat(resumed.getBodyMap()).hasSize(BodyRegion.values().length);
	}

	@Test
	void aDraftSavedElsewhereIsNotSilentlyOverwritten() {
		var first = this.intakeService.saveDraft(this.clientId, new IntakeForm(), null, false, false, this.therapistId, "Maya");
		this.intakeService.saveDraft(this.clientId, new IntakeForm(), first.draftVersion(), false, false,
				this.therapistId, "Maya");

		assertThatExceptionOfType(StaleDraftException.class).isThrownBy(() -> this.intakeService
			.saveDraft(this.clientId, new IntakeForm(), first.draftVersion(), false, false, this.therapistId, "Maya"));
		var kept = this.intakeService.saveDraft(this.clientId, new IntakeForm(), first.draftVersion(), true, false,
				this.therapistId, "Maya");
		assertThat(kept.draftVersion()).isEqualTo(first.draftVersion() + 2);
	}

	@Test
	void aPageThatSawNoDraftCannotOverwriteOneSavedSince() {
		var onTheTablet = new IntakeForm();
		onTheTablet.setGoals("Typed by the client on the tablet");
		this.intakeService.saveDraft(this.clientId, onTheTablet, null, false, true, this.therapistId, "Maya");

		assertThatExceptionOfType(StaleDraftException.class).isThrownBy(() -> this.intakeService
			.saveDraft(this.clientId, new IntakeForm(), null, false, false, this.therapistId, "Maya"));
		assertThat(this.intakeService.workingCopy(this.clientId).getGoals()).isEqualTo("Typed by the client on the tablet");
	}

	@Test
	void aLateAutosaveAfterCompletionDoesNotBringOldAnswersBack() {
		var onTheTablet = this.intakeService.saveDraft(this.clientId, new IntakeForm(), null, false, true,
				this.therapistId, "Maya");
		this.intakeService.complete(this.clientId, IntakeAnswers.complete(), UUID.randomUUID(), this.therapistId, "A");

		assertThatExceptionOfType(StaleDraftException.class).isThrownBy(() -> this.intakeService
			.saveDraft(this.clientId, new IntakeForm(), onTheTablet.draftVersion(), false, true, this.therapistId, "Maya"));
		assertThat(this.intakeService.draft(this.clientId)).isEmpty();
	}

	@Test
	void clientModeCannotChangeWhatOnlyTheTherapistAnswers() {
		var staff = new IntakeForm();
		staff.setStaffNotes("Startles at sudden touch on the shoulders");
		staff.setUncontrolledSymptoms(true);
		this.intakeService.saveDraft(this.clientId, staff, null, false, false, this.therapistId, "Maya");

		var fromClient = new IntakeForm();
		fromClient.setGoals("Relax");
		fromClient.setStaffNotes("overwritten by a crafted request");
		fromClient.setUncontrolledSymptoms(false);
		this.intakeService.saveDraft(this.clientId, fromClient, null, true, true, this.therapistId, "Maya");

		var draft = this.intakeService.workingCopy(this.clientId);
		assertThat(draft.getGoals()).isEqualTo("Relax");
		assertThat(draft.getStaffNotes()).isEqualTo("Startles at sudden touch on the shoulders");
		assertThat(draft.getUncontrolledSymptoms()).isTrue();
	}

	@Test
	void completingMakesAStampedVersionAndClearsTheDraft() {
		this.intakeService.saveDraft(this.clientId, IntakeAnswers.complete(), null, false, false, this.therapistId, "Maya");

		var version = this.intakeService.complete(this.clientId, IntakeAnswers.complete(), UUID.randomUUID(),
				this.therapistId, "Maya Okafor");

		assertThat(version.getNumber()).isEqualTo(1);
		assertThat(version.getCompletedByName()).isEqualTo("Maya Okafor");
		assertThat(version.getCompletedAt()).isNotNull();
		assertThat(this.intakeService.draft(this.clientId)).isEmpty();
		assertThat(this.intakeService.statusOf(this.clientId).isComplete()).isTrue();
	}

	@Test
	void aDoubleTappedCompleteMakesOneVersion() {
		var token = UUID.randomUUID();

		var first = this.intakeService.complete(this.clientId, IntakeAnswers.complete(), token, this.therapistId, "A");
		var second = this.intakeService.complete(this.clientId, IntakeAnswers.complete(), token, this.therapistId, "A");

		assertThat(second.getNumber()).isEqualTo(first.getNumber());
		assertThat(this.intakeService.versions(this.clientId)).hasSize(1);
	}

	@Test
	void anUpdateIsANewVersionAndTheEarlierOneStaysReadable() {
		this.intakeService.complete(this.clientId, IntakeAnswers.complete(), UUID.randomUUID(), this.therapistId, "A");
		var changed = IntakeAnswers.complete();
		changed.setPressure(Pressure.LIGHT);
		changed.getBodyMap().get(BodyRegion.CHEST).setState(RegionState.AVOID);

		this.intakeService.complete(this.clientId, changed, UUID.randomUUID(), this.therapistId, "B");

		var first = this.intakeService.answersOf(this.intakeService.version(this.clientId, 1));
		var second = this.intakeService.answersOf(this.intakeService.version(this.clientId, 2));
		assertThat(first.getPressure()).isEqualTo(Pressure.MODERATE);
		assertThat(IntakeComparison.changes(first, second)).extracting(IntakeComparison.Change::field)
			.containsExactly("pressure", "region.CHEST");
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveACompletedVersion() {
		this.intakeService.complete(this.clientId, IntakeAnswers.complete(), UUID.randomUUID(), this.therapistId, "A");

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc
			.update("update intake_version set answers = '{}'::jsonb where client_id = ?", this.clientId))
			.havingRootCause()
			.withMessageContaining("permission denied");
		// the owner of the table, who has the right, meets the trigger
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> TestDatabase.owner()
			.jdbc()
			.update("update intake_version set answers = '{}'::jsonb where client_id = ?", this.clientId))
			.withMessageContaining("cannot be changed");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from intake_version where client_id = ?", this.clientId));
	}

	@Test
	void extendedSessionSuggestionIsVisibleInTheStatus() {
		var answers = IntakeAnswers.complete();
		answers.setHadReleaseBefore(true);

		this.intakeService.complete(this.clientId, answers, UUID.randomUUID(), this.therapistId, "Maya");

		assertThat(this.intakeService.statusOf(this.clientId).extendedSessionSuggested()).isTrue();
	}

}
