package com.holdspace.intake;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A referral or a clearance recorded for a hold: who was referred to, or who cleared it, their
 * role, the date of their advice, a note, and the therapist who recorded it. Never changed.
 */
@Entity
@Immutable
@Table(name = "clinical_hold_step")
public class HoldStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hold_id")
	private long holdId;

	@Enumerated(EnumType.STRING)
	private ClearanceStep step;

	@Column(name = "person_name")
	private String personName;

	@Column(name = "person_role")
	private String personRole;

	@Column(name = "advice_on")
	private LocalDate adviceOn;

	@Enumerated(EnumType.STRING)
	private ConsultBasis basis;

	private String note;

	@Enumerated(EnumType.STRING)
	@Column(name = "licensed_role")
	private LicensedRole licensedRole;

	@Column(name = "recorded_by")
	private long recordedBy;

	@Column(name = "recorded_by_name")
	private String recordedByName;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected HoldStep() {
	}

	HoldStep(long holdId, ClearanceStep step, HoldStepForm form, long recordedBy, String recordedByName,
			Instant recordedAt) {
		this.holdId = holdId;
		this.step = step;
		this.personName = form.getPersonName().strip();
		this.personRole = form.getPersonRole().strip();
		this.adviceOn = form.getAdviceOn();
		this.basis = form.getBasis();
		this.note = form.getNote().strip();
		this.licensedRole = form.getLicensedRole();
		this.recordedBy = recordedBy;
		this.recordedByName = recordedByName;
		this.recordedAt = recordedAt;
	}

	long getHoldId() {
		return this.holdId;
	}

	/** The licensed clinician who cleared a refer-and-pause hold. */
	public LicensedRole getLicensedRole() {
		return this.licensedRole;
	}

	public ClearanceStep getStep() {
		return this.step;
	}

	public String getPersonName() {
		return this.personName;
	}

	public String getPersonRole() {
		return this.personRole;
	}

	public LocalDate getAdviceOn() {
		return this.adviceOn;
	}

	public ConsultBasis getBasis() {
		return this.basis;
	}

	public String getNote() {
		return this.note;
	}

	long getRecordedBy() {
		return this.recordedBy;
	}

	public String getRecordedByName() {
		return this.recordedByName;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
