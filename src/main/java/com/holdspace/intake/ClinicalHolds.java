package com.holdspace.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentService;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.staff.Role;

/**
 * Holds that answers raise and only a therapist's recorded clearance lifts. New answers may add
 * reasons to a hold or raise a new one; nothing an answer says ever takes one away.
 */
@NamedInterface("api")
@Service
@Transactional
public class ClinicalHolds {

	/** A referrer who clears within this long of their own referral is asked to confirm it again. */
	static final String CHECK_IN_FLASHBACKS = "checkInFlashbacks";

	static final String CHECK_IN_HARM = "checkInHarmThoughts";

	private final ClinicalHoldRepository holds;

	private final HoldReasonRepository reasons;

	private final HoldStepRepository steps;

	private final JdbcTemplate jdbc;

	private final ConsentService consent;

	private final Clock clock;

	ClinicalHolds(ClinicalHoldRepository holds, HoldReasonRepository reasons, HoldStepRepository steps,
			JdbcTemplate jdbc, ConsentService consent, ClinicTime clinicTime) {
		this.holds = holds;
		this.reasons = reasons;
		this.steps = steps;
		this.jdbc = jdbc;
		this.consent = consent;
		this.clock = clinicTime.clock();
	}

	/** Every hold of the client, open ones first (most serious first), then cleared ones, newest first. */
	@Transactional(readOnly = true)
	public List<HoldView> holds(long clientId) {
		List<ClinicalHold> found = this.holds.findByClientIdOrderByRaisedAtDesc(clientId);
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(ClinicalHold::getId).toList();
		Map<Long, List<HoldReason>> reasonsByHold = this.reasons.findByHoldIdInOrderByNotedAtAscIdAsc(ids)
			.stream()
			.collect(Collectors.groupingBy(HoldReason::getHoldId));
		Map<Long, List<HoldStep>> stepsByHold = this.steps.findByHoldIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(HoldStep::getHoldId));
		return found.stream()
			.map(hold -> view(hold, reasonsByHold.getOrDefault(hold.getId(), List.of()),
					stepsByHold.getOrDefault(hold.getId(), List.of())))
			.sorted(Comparator.comparing((HoldView view) -> !view.isActive())
				.thenComparing(view -> view.isActive() ? view.kind().ordinal() : 0)
				.thenComparing(view -> (view.clearedAt() != null) ? view.clearedAt() : Instant.MAX,
						Comparator.reverseOrder()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<HoldView> activeHolds(long clientId) {
		return holds(clientId).stream().filter(HoldView::isActive).toList();
	}

	/** Whether somatic work is paused: a refer-and-pause hold is open. */
	@Transactional(readOnly = true)
	public boolean somaticWorkPaused(long clientId) {
		return this.holds.existsByClientIdAndKindAndClearedAtIsNull(clientId, FlagKind.REFER_AND_PAUSE);
	}

	/** Of these clients, those whose somatic work is paused: one query for a whole calendar. */
	@Transactional(readOnly = true)
	public Set<Long> somaticWorkPausedAmong(Collection<Long> clientIds) {
		if (clientIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.holds.clientsWithOpenHold(clientIds, FlagKind.REFER_AND_PAUSE));
	}

	/**
	 * Raises holds for what the answers say. A reason joins the open hold of its kind (beside any
	 * earlier one for the same answer, so a region or a date once given is never dropped); without an
	 * open hold, a reason that was not already given before ({@code givenBefore}, as {@link #keysOf})
	 * raises a new hold with every current reason of that kind. A reason given before and since
	 * cleared is not raised again by being repeated; answered "no" and then "yes" again, it is.
	 */
	void raise(long clientId, List<RaisedFlag> flags, Set<String> givenBefore, Raiser raiser) {
		for (RaisedFlag flag : flags) {
			List<FlagReason> held = flag.reasons().stream().filter(reason -> !reason.isDayOnly()).toList();
			if (!flag.kind().isHeld() || held.isEmpty()) {
				continue;
			}
			Long open = openHold(clientId, flag.kind());
			if (open == null) {
				if (held.stream().allMatch(reason -> givenBefore.contains(key(reason)))) {
					continue;
				}
				open = openNewHold(clientId, flag.kind(), raiser);
			}
			for (FlagReason reason : held) {
				addReason(open, reason, raiser);
			}
		}
	}

	/**
	 * A session's check-in asked about today. New flashbacks or thoughts of harming themselves pause
	 * somatic work at once, as the intake would: always a new disclosure, whatever was said before.
	 */
	public void raiseFromCheckIn(long clientId, long sessionId, boolean newFlashbacks, boolean harmThoughts,
			long accountId, String accountName) {
		List<FlagReason> reasons = new java.util.ArrayList<>();
		if (newFlashbacks) {
			reasons.add(FlagReason.of(CHECK_IN_FLASHBACKS));
		}
		if (harmThoughts) {
			reasons.add(FlagReason.of(CHECK_IN_HARM));
		}
		if (!reasons.isEmpty()) {
			raise(clientId, List.of(new RaisedFlag(FlagKind.REFER_AND_PAUSE, reasons)), Set.of(),
					new Raiser(HoldSource.CHECK_IN, sessionId, accountId, accountName, accountName));
		}
	}

	/** Who raised a hold, and from where: the account signed in, and the name the reason is noted under. */
	record Raiser(HoldSource source, Long sourceRef, long accountId, String accountName, String notedByName) {
	}

	/** The reasons a set of answers gives, as {@link #raise} compares them. */
	static Set<String> keysOf(IntakeForm answers, LocalDate day) {
		if (answers == null) {
			return Set.of();
		}
		return IntakeRules.evaluate(answers, day)
			.stream()
			.flatMap(flag -> flag.reasons().stream())
			.map(ClinicalHolds::key)
			.collect(Collectors.toSet());
	}

	/** A reason as given: the answer with its details, so another region or another surgery is new. */
	private static String key(FlagReason reason) {
		return reason.answer() + "|" + ((reason.detail() != null) ? reason.detail() : "") + "|" + reason.regions();
	}

	private Long openHold(long clientId, FlagKind kind) {
		// the row lock makes a clearance recorded at this moment wait until these reasons are in
		return this.jdbc.query("""
				select id from clinical_hold where client_id = ? and kind = ? and cleared_at is null for update""",
				(row, n) -> row.getLong(1), clientId, kind.name()).stream().findFirst().orElse(null);
	}

	private long openNewHold(long clientId, FlagKind kind, Raiser raiser) {
		// two answers raising the same hold at once: one row is made, the other joins it
		List<Long> made = this.jdbc.query("""
				insert into clinical_hold (client_id, kind, raised_at, raised_by, raised_by_name)
				values (?, ?, ?, ?, ?)
				on conflict (client_id, kind) where cleared_at is null do nothing
				returning id""", (row, n) -> row.getLong(1), clientId, kind.name(),
				java.sql.Timestamp.from(now()), raiser.accountId(), raiser.accountName());
		return made.isEmpty() ? openHold(clientId, kind) : made.get(0);
	}

	private void addReason(long holdId, FlagReason reason, Raiser raiser) {
		String regions = reason.regions()
			.stream()
			.map(BodyRegion::name)
			.collect(Collectors.joining(",", "{", "}"));
		this.jdbc.update("""
				insert into clinical_hold_reason
				    (hold_id, answer, detail, lapses_on, regions, source, source_ref, noted_at, noted_by_name)
				values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?)
				on conflict (hold_id, answer, detail, lapses_on, regions) do nothing""", holdId, reason.answer(),
				reason.detail(),
				(reason.lapsesOn() != null) ? java.sql.Date.valueOf(reason.lapsesOn()) : null, regions,
				raiser.source().name(), raiser.sourceRef(), java.sql.Timestamp.from(now()), raiser.notedByName());
	}

	/**
	 * Records a referral or a clearance. A refer-and-pause hold is cleared only after its referral,
	 * by a therapist other than the one who referred, naming the licensed clinician (from the list)
	 * who advised, when and how. A consult-provider hold is cleared on the therapist's talk with the
	 * provider or on the client's own account of it only while the client's consent to that
	 * communication is valid; written advice on file clears it without.
	 */
	void recordStep(long clientId, long holdId, ClearanceStep step, HoldStepForm form, long byAccount, String byName,
			Role byRole) {
		if (byRole != Role.THERAPIST) {
			throw Refused.because("hold.error.therapistOnly");
		}
		HoldView hold = hold(clientId, holdId);
		if (!hold.isActive()) {
			throw Refused.because("hold.error.cleared");
		}
		if (step == ClearanceStep.REFERRAL ? !hold.needsReferral() : !hold.needsClearance()) {
			throw Refused.because("intake.clearance.error.order");
		}
		boolean clearsReferral = step == ClearanceStep.CLEARANCE && hold.kind() == FlagKind.REFER_AND_PAUSE;
		if (step == ClearanceStep.CLEARANCE && hold.kind() == FlagKind.CONSULT_PROVIDER) {
			checkProviderBasis(clientId, form.getBasis());
		}
		else if (clearsReferral) {
			if (form.getLicensedRole() == null) {
				throw new Refused("licensedRole", "hold.error.licensedRole");
			}
			if (form.getBasis() == null) {
				throw new Refused("basis", "hold.error.howGiven");
			}
			checkProviderBasis(clientId, form.getBasis());
		}
		else {
			form.setBasis(null);
		}
		if (!clearsReferral) {
			form.setLicensedRole(null);
		}
		HoldStep referral = hold.referral();
		if (step == ClearanceStep.CLEARANCE && referral != null && form.getAdviceOn().isBefore(referral.getAdviceOn())) {
			throw new Refused("adviceOn", "hold.error.adviceBeforeReferral");
		}
		if (clearsReferral && referral != null && referral.getRecordedBy() == byAccount) {
			// four eyes: the one who referred cannot also say the referral was answered
			throw Refused.because("hold.error.referrerClears");
		}
		try {
			this.steps.saveAndFlush(new HoldStep(holdId, step, form, byAccount, byName, now()));
		}
		catch (DataIntegrityViolationException recordedMeanwhile) {
			throw Refused.because("intake.clearance.error.order");
		}
	}

	/**
	 * Talking with the provider, or the client's account of what they advised, needs the client's
	 * valid consent to that communication; written advice on file does not.
	 */
	private void checkProviderBasis(long clientId, ConsultBasis basis) {
		if (basis == null) {
			throw new Refused("basis", "hold.error.basis");
		}
		if (basis != ConsultBasis.WRITTEN_ADVICE
				&& !this.consent.status(clientId, ConsentKind.PROVIDER_COMMUNICATION).isValid()) {
			throw new Refused("basis", "hold.error.providerConsent");
		}
	}

	/** One hold of the client; another client's hold is not found. */
	@Transactional(readOnly = true)
	public HoldView hold(long clientId, long holdId) {
		return holds(clientId).stream()
			.filter(view -> view.id() == holdId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Hold", holdId));
	}

	private static HoldView view(ClinicalHold hold, List<HoldReason> reasons, List<HoldStep> steps) {
		Function<ClearanceStep, HoldStep> step = kind -> steps.stream()
			.filter(each -> each.getStep() == kind)
			.findFirst()
			.orElse(null);
		return new HoldView(hold.getId(), hold.getKind(), hold.getRaisedAt(), hold.getRaisedByName(),
				hold.getClearedAt(), List.copyOf(reasons), step.apply(ClearanceStep.REFERRAL),
				step.apply(ClearanceStep.CLEARANCE));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
