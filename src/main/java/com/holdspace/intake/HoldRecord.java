package com.holdspace.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A hold as it stands in the client's record, open or cleared: every reason with where and when it
 * was given, the referral and the clearance with who recorded them. A copy of {@link HoldView}'s
 * content without its rows.
 *
 * @param clearedAt null while the hold is open
 * @param referral null until a referral is recorded
 * @param clearance null until a clearance is recorded
 */
@NamedInterface("api")
public record HoldRecord(long id, FlagKind kind, Instant raisedAt, String raisedByName, Instant clearedAt,
		List<Reason> reasons, Step referral, Step clearance) {

	public HoldRecord {
		reasons = List.copyOf(reasons);
	}

	public boolean isActive() {
		return this.clearedAt == null;
	}

	/**
	 * One answer that raised or joined the hold.
	 *
	 * @param answer the question, a field of {@link IntakeForm} or a question asked at check-in
	 * @param sourceRef the intake version or session it was given in, where there is one
	 */
	@NamedInterface("api")
	public record Reason(String answer, String detail, LocalDate lapsesOn, List<BodyRegion> regions,
			HoldSource source, Long sourceRef, Instant notedAt, String notedByName) {

		public Reason {
			regions = List.copyOf(regions);
		}

	}

	/** A referral or a clearance: the person, their role, the date of their advice, a note, and who recorded it. */
	@NamedInterface("api")
	public record Step(ClearanceStep step, String personName, String personRole, LicensedRole licensedRole,
			LocalDate adviceOn, ConsultBasis basis, String note, String recordedByName, Instant recordedAt) {
	}

	static HoldRecord of(HoldView hold) {
		return new HoldRecord(hold.id(), hold.kind(), hold.raisedAt(), hold.raisedByName(), hold.clearedAt(),
				hold.reasons()
					.stream()
					.map(reason -> new Reason(reason.getAnswer(), reason.getDetail(), reason.getLapsesOn(),
							reason.getRegions(), reason.getSource(), reason.getSourceRef(), reason.getNotedAt(),
							reason.getNotedByName()))
					.toList(),
				step(hold.referral()), step(hold.clearance()));
	}

	private static Step step(HoldStep step) {
		return (step == null) ? null
				: new Step(step.getStep(), step.getPersonName(), step.getPersonRole(), step.getLicensedRole(),
						step.getAdviceOn(), step.getBasis(), step.getNote(), step.getRecordedByName(),
						step.getRecordedAt());
	}

}
