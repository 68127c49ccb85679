package com.holdspace.intake;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A flag that stays on the client until a therapist records who cleared it. Rows are written by
 * {@link ClinicalHolds} with SQL that cannot race; PostgreSQL sets {@code cleared_at} itself when a
 * clearance is recorded and refuses every other change.
 */
@Entity
@Immutable
@Table(name = "clinical_hold")
class ClinicalHold {

	@Id
	private Long id;

	@Column(name = "client_id")
	private long clientId;

	@Enumerated(EnumType.STRING)
	private FlagKind kind;

	@Column(name = "raised_at")
	private Instant raisedAt;

	@Column(name = "raised_by_name")
	private String raisedByName;

	@Column(name = "cleared_at")
	private Instant clearedAt;

	protected ClinicalHold() {
	}

	Long getId() {
		return this.id;
	}

	long getClientId() {
		return this.clientId;
	}

	FlagKind getKind() {
		return this.kind;
	}

	Instant getRaisedAt() {
		return this.raisedAt;
	}

	String getRaisedByName() {
		return this.raisedByName;
	}

	Instant getClearedAt() {
		return this.clearedAt;
	}

}
