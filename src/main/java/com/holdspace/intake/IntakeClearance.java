package com.holdspace.intake;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a therapist recorded towards lifting a flag raised by one intake version. */
@Entity
@Immutable
@Table(name = "intake_clearance")
public class IntakeClearance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_id", nullable = false)
	private long clientId;

	@Column(name = "intake_version", nullable = false)
	private int intakeVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FlagKind flag;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClearanceStep step;

	@Column(nullable = false)
	private String note;

	@Column(name = "recorded_by", nullable = false)
	private long recordedBy;

	@Column(name = "recorded_by_name", nullable = false)
	private String recordedByName;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected IntakeClearance() {
	}

	IntakeClearance(long clientId, int intakeVersion, FlagKind flag, ClearanceStep step, String note, long recordedBy,
			String recordedByName, Instant recordedAt) {
		this.clientId = clientId;
		this.intakeVersion = intakeVersion;
		this.flag = flag;
		this.step = step;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedByName = recordedByName;
		this.recordedAt = recordedAt;
	}

	public FlagKind getFlag() {
		return this.flag;
	}

	public ClearanceStep getStep() {
		return this.step;
	}

	public String getNote() {
		return this.note;
	}

	public String getRecordedByName() {
		return this.recordedByName;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	int getIntakeVersion() {
		return this.intakeVersion;
	}

}
