package com.holdspace.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.model.NotFoundException;
import com.holdspace.system.ClinicTime;

/**
 * Drafts, completed versions and the flags they raise. A draft is saved whatever its state; a
 * version is only made from validated answers, and never changes afterwards.
 */
@Service
@Transactional
public class IntakeService {

	private final IntakeDraftRepository drafts;

	private final IntakeVersionRepository versions;

	private final IntakeClearanceRepository clearances;

	private final IntakeJson json;

	private final Clock clock;

	IntakeService(IntakeDraftRepository drafts, IntakeVersionRepository versions, IntakeClearanceRepository clearances,
			IntakeJson json, ClinicTime clinicTime) {
		this.drafts = drafts;
		this.versions = versions;
		this.clearances = clearances;
		this.json = json;
		this.clock = clinicTime.clock();
	}

	/** The answers to carry on with: the draft, else the latest version, else a blank intake. */
	@Transactional(readOnly = true)
	public IntakeForm workingCopy(long clientId) {
		return this.drafts.findById(clientId)
			.map(draft -> this.json.read(draft.getAnswers()))
			.or(() -> latest(clientId).map(version -> this.json.read(version.getAnswers())))
			.orElseGet(IntakeForm::new);
	}

	@Transactional(readOnly = true)
	Optional<IntakeDraft> draft(long clientId) {
		return this.drafts.findById(clientId);
	}

	/**
	 * Saves the draft. {@code seenVersion} is the draft version the device last saw, null when it saw
	 * no draft at all; any other draft means someone saved in between, which is refused unless
	 * {@code overwrite}. In client mode the staff-only answers are kept as they were.
	 */
	DraftSaved saveDraft(long clientId, IntakeForm answers, Integer seenVersion, boolean overwrite,
			boolean clientMode, long byAccount) {
		var draft = this.drafts.findById(clientId).orElse(null);
		if (!overwrite && draftChanged(draft, seenVersion)) {
			throw new StaleDraftException((draft != null) ? draft.getUpdatedAt() : this.clock.instant());
		}
		if (clientMode) {
			StaffAnswers.keep(workingCopy(clientId), answers);
		}
		if (draft == null) {
			draft = new IntakeDraft(clientId);
		}
		Instant now = this.clock.instant();
		draft.replace(this.json.write(answers), byAccount, now);
		draft = this.drafts.saveAndFlush(draft);
		return new DraftSaved(now, draft.getVersion(), flagsFor(clientId, answers, true));
	}

	/** Whether a draft was saved (on any device) after the one the caller saw; null means it saw none. */
	@Transactional(readOnly = true)
	boolean draftChangedSince(long clientId, Integer seenVersion) {
		return draftChanged(this.drafts.findById(clientId).orElse(null), seenVersion);
	}

	/**
	 * A device that saw no draft is current only while there is none; a device that saw one is
	 * current only while that same version is there (it may have been completed meanwhile).
	 */
	private static boolean draftChanged(IntakeDraft draft, Integer seenVersion) {
		if (draft == null) {
			return seenVersion != null;
		}
		return !Integer.valueOf(draft.getVersion()).equals(seenVersion);
	}

	@Transactional(readOnly = true)
	Optional<IntakeVersion> versionMadeBy(long clientId, UUID completionToken) {
		return this.versions.findByCompletionTokenAndClientId(completionToken, clientId);
	}

	/**
	 * Makes the next version from validated answers and clears the draft. The same completion
	 * token twice (a double tap) returns the version the first made.
	 */
	IntakeVersion complete(long clientId, IntakeForm answers, UUID completionToken, long byAccount, String byName) {
		var existing = this.versions.findByCompletionTokenAndClientId(completionToken, clientId);
		if (existing.isPresent()) {
			return existing.get();
		}
		boolean extended = IntakeRules.evaluate(answers, today())
			.stream()
			.anyMatch(flag -> flag.kind() == FlagKind.EXTENDED_SESSION_SUGGESTED);
		var version = new IntakeVersion(clientId, this.versions.lastNumber(clientId) + 1, this.json.write(answers),
				extended, completionToken, byAccount, byName, this.clock.instant());
		try {
			version = this.versions.saveAndFlush(version);
		}
		catch (DataIntegrityViolationException race) {
			throw new ConcurrentCompletionException();
		}
		this.drafts.deleteById(clientId);
		return version;
	}

	@Transactional(readOnly = true)
	public List<IntakeVersion> versions(long clientId) {
		return this.versions.findByClientIdOrderByNumberDesc(clientId);
	}

	@Transactional(readOnly = true)
	public IntakeVersion version(long clientId, int number) {
		return this.versions.findByClientIdAndNumber(clientId, number)
			.orElseThrow(() -> new NotFoundException("Intake version", number));
	}

	@Transactional(readOnly = true)
	IntakeForm answersOf(IntakeVersion version) {
		return this.json.read(version.getAnswers());
	}

	/** The answers of the latest completed version, if there is one. */
	@Transactional(readOnly = true)
	public Optional<IntakeForm> latestAnswers(long clientId) {
		return latest(clientId).map(version -> this.json.read(version.getAnswers()));
	}

	/** Flags of the latest completed version, with what has been done about them. */
	@Transactional(readOnly = true)
	public List<FlagView> flags(long clientId) {
		return latest(clientId).map(version -> flagsFor(clientId, this.json.read(version.getAnswers()), false))
			.orElse(List.of());
	}

	/** Flags the draft in progress raises (nothing when there is no draft). */
	@Transactional(readOnly = true)
	public List<FlagView> draftFlags(long clientId) {
		return this.drafts.findById(clientId)
			.map(draft -> flagsFor(clientId, this.json.read(draft.getAnswers()), true))
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public IntakeStatus statusOf(long clientId) {
		boolean draft = this.drafts.existsById(clientId);
		var latest = latest(clientId);
		if (latest.isEmpty()) {
			return new IntakeStatus(IntakeStatus.State.MISSING, null, null, draft, false, false);
		}
		boolean paused = flags(clientId).stream().anyMatch(FlagView::isBlocking);
		var version = latest.get();
		return new IntakeStatus(IntakeStatus.State.COMPLETE, version.getNumber(), version.getCompletedAt(), draft,
				version.isExtendedSuggested(), paused);
	}

	/** Records a referral or clearance for a flag of the latest version. */
	void recordClearance(long clientId, FlagKind flag, ClearanceStep step, String note, long byAccount,
			String byName) {
		var current = flags(clientId).stream()
			.filter(view -> view.kind() == flag)
			.findFirst()
			.orElseThrow(() -> new ClearanceRefusedException("intake.clearance.error.noFlag"));
		if (step == ClearanceStep.REFERRAL ? !current.needsReferral() : !current.needsClearance()) {
			throw new ClearanceRefusedException("intake.clearance.error.order");
		}
		int version = latest(clientId).orElseThrow().getNumber();
		try {
			this.clearances.saveAndFlush(new IntakeClearance(clientId, version, flag, step, note.strip(), byAccount,
					byName, this.clock.instant()));
		}
		catch (DataIntegrityViolationException recordedMeanwhile) {
			throw new ClearanceRefusedException("intake.clearance.error.order");
		}
	}

	private List<FlagView> flagsFor(long clientId, IntakeForm answers, boolean fromDraft) {
		List<IntakeClearance> recorded = fromDraft ? List.of()
				: latest(clientId)
					.map(version -> this.clearances.findByClientIdAndIntakeVersionOrderByRecordedAt(clientId,
							version.getNumber()))
					.orElse(List.of());
		return IntakeRules.evaluate(answers, today())
			.stream()
			.map(flag -> new FlagView(flag.kind(), flag.reasons(), flag.isUrgent(),
					find(recorded, flag.kind(), ClearanceStep.REFERRAL),
					find(recorded, flag.kind(), ClearanceStep.CLEARANCE), fromDraft))
			.toList();
	}

	private static IntakeClearance find(List<IntakeClearance> recorded, FlagKind flag, ClearanceStep step) {
		return recorded.stream().filter(c -> c.getFlag() == flag && c.getStep() == step).findFirst().orElse(null);
	}

	private Optional<IntakeVersion> latest(long clientId) {
		return this.versions.findFirstByClientIdOrderByNumberDesc(clientId);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
