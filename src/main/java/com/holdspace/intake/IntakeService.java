package com.holdspace.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.ClinicTime;

/**
 * Drafts, completed versions, the client's own sittings with the tablet, and the flags their
 * answers raise. A draft is saved whatever its state; a version is only made from validated
 * answers, and never changes afterwards. Flags that need a clearance become holds
 * ({@link ClinicalHolds}) that no later answer lifts.
 */
@NamedInterface("api")
@Service
@Transactional
public class IntakeService {

	/** A sitting left open longer than this is closed, and a new hand-over starts a new one. */
	static final Duration SITTING_LASTS = Duration.ofHours(12);

	private final IntakeDraftRepository drafts;

	private final IntakeVersionRepository versions;

	private final SelfFillSittingRepository sittings;

	private final ClinicalHolds holds;

	private final IntakeJson json;

	private final ClinicTime clinicTime;

	private final Clock clock;

	IntakeService(IntakeDraftRepository drafts, IntakeVersionRepository versions, SelfFillSittingRepository sittings,
			ClinicalHolds holds, IntakeJson json, ClinicTime clinicTime) {
		this.drafts = drafts;
		this.versions = versions;
		this.sittings = sittings;
		this.holds = holds;
		this.json = json;
		this.clinicTime = clinicTime;
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
	 * {@code overwrite}. In client mode the staff-only answers are kept as they were (the client's
	 * own answers go to {@link #keepClientsOwn} first).
	 */
	DraftSaved saveDraft(long clientId, IntakeForm answers, Integer seenVersion, boolean overwrite,
			boolean clientMode, long byAccount, String byName) {
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
		return new DraftSaved(now, draft.getVersion());
	}

	/**
	 * The client's answers go into their sitting exactly as typed (staff-only answers are not
	 * theirs to give), and a disclosure there raises its hold now, not when the intake is completed,
	 * and whether or not the draft itself can be saved over another device's. At home it raises
	 * the very hold the tablet would, its reason marked as told at home.
	 */
	void keepClientsOwn(long clientId, IntakeForm answers, IntakeFiller filler, long byAccount, String byName) {
		IntakeForm own = this.json.read(this.json.write(answers));
		StaffAnswers.clear(own);
		SelfFillSitting sitting = openSitting(clientId, filler, byAccount, byName);
		IntakeForm latest = latest(clientId).map(version -> this.json.read(version.getAnswers())).orElse(null);
		IntakeForm before = (sitting.getAnswers() != null) ? withStaffAnswers(sitting.getAnswers(), latest) : latest;
		sitting.save(this.json.write(own), this.clock.instant());
		this.sittings.saveAndFlush(sitting);
		this.holds.raise(clientId, IntakeRules.evaluate(own, today()), ClinicalHolds.keysOf(before, today()),
				new ClinicalHolds.Raiser(filler.holdSource(), sitting.getId(), byAccount, byName, byName));
	}

	/**
	 * Whether the client's latest answers at home disclose something that holds work: what the page
	 * after their last "I have finished" shows them, however often it is opened again.
	 */
	@Transactional(readOnly = true)
	public boolean disclosedAtHome(long clientId) {
		return this.sittings.findFirstByClientIdAndSavedAtIsNotNullOrderBySavedAtDesc(clientId)
			.filter(SelfFillSitting::isAtHome)
			.map(sitting -> disclosesHeld(IntakeRules.evaluate(this.json.read(sitting.getAnswers()), today())))
			.orElse(false);
	}

	/**
	 * Whether the client still has their own questions to answer before the first visit: no intake
	 * completed, and no sitting of theirs finished, at the clinic or at home.
	 */
	@Transactional(readOnly = true)
	public boolean clientsOwnOutstanding(long clientId) {
		return latest(clientId).isEmpty() && !this.sittings.existsByClientIdAndFinishedAtIsNotNull(clientId);
	}

	private static boolean disclosesHeld(List<RaisedFlag> flags) {
		return flags.stream()
			.anyMatch(flag -> flag.kind().isHeld() && flag.reasons().stream().anyMatch(reason -> !reason.isDayOnly()));
	}

	/**
	 * The client's answers from a sitting, completed with what only staff answer (from the latest
	 * version): a sitting says nothing about those, so they must not look newly given afterwards.
	 */
	private IntakeForm withStaffAnswers(String sittingAnswers, IntakeForm latest) {
		IntakeForm answers = this.json.read(sittingAnswers);
		if (latest != null) {
			StaffAnswers.keep(latest, answers);
		}
		return answers;
	}

	/**
	 * The sitting the client is in: the open one, or a new one. A sitting on the tablet and one at
	 * home are never the same sitting, so each says truly where its answers were given.
	 */
	SelfFillSitting openSitting(long clientId, IntakeFiller filler, long byAccount, String byName) {
		Instant now = this.clock.instant();
		var open = this.sittings.findByClientIdAndFinishedAtIsNull(clientId);
		if (open.isPresent() && open.get().isAtHome() == filler.isAtHome()
				&& open.get().getStartedAt().plus(SITTING_LASTS).isAfter(now)) {
			return open.get();
		}
		open.ifPresent(stale -> finish(stale, now));
		return this.sittings.saveAndFlush(new SelfFillSitting(clientId, filler.isAtHome(), byAccount, byName, now));
	}

	/** The client has handed the tablet back: what they said is now kept as it is. */
	void finishSitting(long clientId) {
		this.sittings.findByClientIdAndFinishedAtIsNull(clientId).ifPresent(open -> finish(open, this.clock.instant()));
	}

	private void finish(SelfFillSitting sitting, Instant at) {
		sitting.finish(at);
		this.sittings.saveAndFlush(sitting);
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
	 * Makes the next version from validated answers, raises the holds its answers call for, closes
	 * the client's open sitting and clears the draft. The same completion token twice (a double
	 * tap) returns the version the first made.
	 */
	IntakeVersion complete(long clientId, IntakeForm answers, UUID completionToken, long byAccount, String byName) {
		var existing = this.versions.findByCompletionTokenAndClientId(completionToken, clientId);
		if (existing.isPresent()) {
			return existing.get();
		}
		List<RaisedFlag> flags = IntakeRules.evaluate(answers, today());
		boolean extended = flags.stream().anyMatch(flag -> flag.kind() == FlagKind.EXTENDED_SESSION_SUGGESTED);
		IntakeForm before = answersBefore(clientId);
		var version = new IntakeVersion(clientId, this.versions.lastNumber(clientId) + 1, this.json.write(answers),
				extended, completionToken, byAccount, byName, this.clock.instant())
			.wantingExperienced(Boolean.TRUE.equals(answers.getWantsExperiencedTherapist()));
		try {
			version = this.versions.saveAndFlush(version);
		}
		catch (DataIntegrityViolationException race) {
			throw new ConcurrentCompletionException();
		}
		this.holds.raise(clientId, flags, ClinicalHolds.keysOf(before, today()), new ClinicalHolds.Raiser(
				HoldSource.INTAKE, (long) version.getNumber(), byAccount, byName, byName));
		finishSitting(clientId);
		this.drafts.deleteById(clientId);
		return version;
	}

	/**
	 * The answers holds were last worked out from: the latest version or the client's latest sitting,
	 * whichever is newer. A reason given there and since cleared is not raised again by repeating it.
	 */
	private IntakeForm answersBefore(long clientId) {
		var version = latest(clientId);
		IntakeForm latest = version.map(found -> this.json.read(found.getAnswers())).orElse(null);
		var sitting = this.sittings.findFirstByClientIdAndSavedAtIsNotNullOrderBySavedAtDesc(clientId);
		if (sitting.isPresent()
				&& (version.isEmpty() || sitting.get().getSavedAt().isAfter(version.get().getCompletedAt()))) {
			return withStaffAnswers(sitting.get().getAnswers(), latest);
		}
		return latest;
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

	/**
	 * The client's own answers from the tablet that a version was completed from: their latest
	 * sitting saved after the previous version and before this one, if there was one.
	 */
	@Transactional(readOnly = true)
	Optional<ClientsOwnAnswers> clientsOwnAnswersFor(IntakeVersion version) {
		Instant previous = (version.getNumber() > 1)
				? version(version.getClientId(), version.getNumber() - 1).getCompletedAt() : Instant.MIN;
		return this.sittings
			.findFirstByClientIdAndSavedAtIsNotNullAndSavedAtBeforeOrderBySavedAtDesc(version.getClientId(),
					version.getCompletedAt())
			.filter(sitting -> sitting.getSavedAt().isAfter(previous))
			.map(sitting -> new ClientsOwnAnswers(this.json.read(sitting.getAnswers()), sitting.isAtHome(),
					sitting.getStartedAt(),
					sitting.getSavedAt(), sitting.getFinishedAt(), sitting.getHandedOverByName()));
	}

	/** The answers of the latest completed version, if there is one. */
	@Transactional(readOnly = true)
	public Optional<IntakeForm> latestAnswers(long clientId) {
		return latest(clientId).map(version -> this.json.read(version.getAnswers()));
	}

	/**
	 * The flags that are worked out rather than held: the latest version's suggestions (an extended
	 * session), then what the draft in progress would raise.
	 */
	@Transactional(readOnly = true)
	public List<FlagView> liveFlags(long clientId) {
		List<FlagView> flags = new java.util.ArrayList<>(liveFlagsOf(latestAnswers(clientId)));
		flags.addAll(draftFlags(clientId));
		return flags;
	}

	/** The latest version's worked-out suggestions; they hold nothing. */
	private List<FlagView> liveFlagsOf(Optional<IntakeForm> answers) {
		return answers.stream()
			.flatMap(found -> IntakeRules.evaluate(found, today()).stream())
			.filter(flag -> !flag.kind().isHeld())
			.map(flag -> new FlagView(flag.kind(), flag.reasons(), false, false))
			.toList();
	}

	/** Flags the draft in progress raises (nothing when there is no draft); they hold nothing yet. */
	@Transactional(readOnly = true)
	public List<FlagView> draftFlags(long clientId) {
		return this.drafts.findById(clientId)
			.map(draft -> draftFlagsFor(this.json.read(draft.getAnswers())))
			.orElse(List.of());
	}

	/** Of these clients, those whose somatic work is paused, in one query. */
	@Transactional(readOnly = true)
	public Set<Long> somaticWorkPausedAmong(Collection<Long> clientIds) {
		return this.holds.somaticWorkPausedAmong(clientIds);
	}

	@Transactional(readOnly = true)
	public IntakeStatus statusOf(long clientId) {
		boolean draft = this.drafts.existsById(clientId);
		boolean paused = this.holds.somaticWorkPaused(clientId);
		var latest = latest(clientId);
		if (latest.isEmpty()) {
			return new IntakeStatus(IntakeStatus.State.MISSING, null, null, draft, false, paused, false);
		}
		var version = latest.get();
		return new IntakeStatus(IntakeStatus.State.COMPLETE, version.getNumber(), version.getCompletedAt(), draft,
				version.isExtendedSuggested(), paused, version.isWantsExperienced());
	}

	/**
	 * Everything a therapist needs in view with the client on that day: signals, body map, triggers
	 * and every open hold, with reasons that have run out by then marked for review.
	 */
	@Transactional(readOnly = true)
	public ClinicalPicture picture(long clientId, LocalDate day) {
		var version = latest(clientId);
		return picture(version, version.map(found -> this.json.read(found.getAnswers())), this.holds.activeHolds(clientId),
				day);
	}

	private ClinicalPicture picture(Optional<IntakeVersion> version, Optional<IntakeForm> answers, List<HoldView> active,
			LocalDate day) {
		boolean substanceThatDay = answers.isPresent() && answers.get().getSubstanceUseToday() == Boolean.TRUE
				&& version.get().getCompletedAt().atZone(this.clinicTime.zone()).toLocalDate().equals(day);
		return new ClinicalPicture(answers.orElse(null), version.map(IntakeVersion::getNumber).orElse(null), active, day,
				substanceThatDay, version.map(IntakeVersion::isExtendedSuggested).orElse(false));
	}

	/**
	 * What the intake card on the client page shows clinical staff: the latest version, the draft and
	 * the holds each read once, and the answers decrypted and parsed once, for the status, the
	 * picture and the live flags alike.
	 */
	@Transactional(readOnly = true)
	public IntakeCard card(long clientId, LocalDate day) {
		List<Object[]> rows = this.versions.findLatestWithDraft(clientId);
		Optional<IntakeVersion> version = rows.stream().map(row -> (IntakeVersion) row[0]).findFirst();
		// before the first intake is done there is no version to join the draft to
		Optional<IntakeDraft> draft = rows.isEmpty() ? this.drafts.findById(clientId)
				: Optional.ofNullable((IntakeDraft) rows.get(0)[1]);
		Optional<IntakeForm> answers = version.map(latest -> this.json.read(latest.getAnswers()));
		List<HoldView> active = this.holds.activeHolds(clientId);
		boolean paused = active.stream().anyMatch(HoldView::isBlocking);
		IntakeStatus status = version
			.map(found -> new IntakeStatus(IntakeStatus.State.COMPLETE, found.getNumber(), found.getCompletedAt(),
					draft.isPresent(), found.isExtendedSuggested(), paused, found.isWantsExperienced()))
			.orElseGet(() -> new IntakeStatus(IntakeStatus.State.MISSING, null, null, draft.isPresent(), false, paused,
					false));
		List<FlagView> flags = new java.util.ArrayList<>(liveFlagsOf(answers));
		draft.ifPresent(found -> flags.addAll(draftFlagsFor(this.json.read(found.getAnswers()))));
		return new IntakeCard(status, picture(version, answers, active, day), flags);
	}

	/** The intake card's content: status for everyone, the picture and live flags for clinical staff. */
	public record IntakeCard(IntakeStatus status, ClinicalPicture picture, List<FlagView> liveFlags) {
	}

	private List<FlagView> draftFlagsFor(IntakeForm answers) {
		return IntakeRules.evaluate(answers, today())
			.stream()
			.map(flag -> new FlagView(flag.kind(), flag.reasons(), flag.isUrgent(), true))
			.toList();
	}

	private Optional<IntakeVersion> latest(long clientId) {
		return this.versions.findFirstByClientIdOrderByNumberDesc(clientId);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
