package com.holdspace.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * A hold as staff see it: every reason with where it came from, and the referral and clearance
 * recorded so far. Active until its clearance is recorded.
 */
@NamedInterface("api")
public record HoldView(long id, FlagKind kind, Instant raisedAt, String raisedByName, Instant clearedAt,
		List<HoldReason> reasons, HoldStep referral, HoldStep clearance) {

	private static final Set<String> URGENT = Set.of("suicidalThoughts", "flashbacks", ClinicalHolds.CHECK_IN_FLASHBACKS,
			ClinicalHolds.CHECK_IN_HARM);

	/**
	 * The answers whose yes makes a hold urgent: the intake form marks those questions, so the page
	 * saves such a yes at once and shows the crisis lines without keeping a list of its own.
	 */
	public static Set<String> urgentAnswers() {
		return URGENT;
	}

	public boolean isActive() {
		return this.clearedAt == null;
	}

	/** Whether this hold stops somatic work (and booking a session with touch) right now. */
	public boolean isBlocking() {
		return isActive() && this.kind == FlagKind.REFER_AND_PAUSE;
	}

	/** Deep or prolonged work is ruled out while this hold is active. */
	public boolean isNoDeepWork() {
		return isActive() && this.kind != FlagKind.CONSULT_PROVIDER;
	}

	/** Suicidal thoughts and current flashbacks reach the therapist first. */
	public boolean isUrgent() {
		return isBlocking() && this.reasons.stream().anyMatch(reason -> URGENT.contains(reason.getAnswer()));
	}

	public boolean needsReferral() {
		return isActive() && this.kind == FlagKind.REFER_AND_PAUSE && this.referral == null;
	}

	public boolean needsClearance() {
		return isActive() && !needsReferral();
	}

	/** Regions this hold rules out while it is active (a contraindicating condition's). */
	public Set<BodyRegion> avoidRegions() {
		Set<BodyRegion> regions = new LinkedHashSet<>();
		if (isActive()) {
			this.reasons.forEach(reason -> regions.addAll(reason.getRegions()));
		}
		return regions;
	}

	/** Reasons that have run out by that day (a surgery more than twelve weeks before it): review them. */
	public List<HoldReason> lapsedOn(LocalDate day) {
		return this.reasons.stream().filter(reason -> reason.isLapsedOn(day)).toList();
	}

	/** Every reason of this hold has run out by that day: it is there for review, not for a rule. */
	public boolean isLapsedOn(LocalDate day) {
		return !this.reasons.isEmpty() && this.reasons.stream().allMatch(reason -> reason.isLapsedOn(day));
	}

}
