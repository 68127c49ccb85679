package com.holdspace.consent;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consent withdrawn, by the client or the therapist, with the reason. Takes effect at once. */
@Entity
@Audited
@Immutable
@Table(name = "consent_withdrawal")
public class ConsentWithdrawal {

	public enum WithdrawnBy {

		CLIENT, THERAPIST

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "consent_id", nullable = false)
	private long consentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "withdrawn_by", nullable = false)
	private WithdrawnBy withdrawnBy;

	@Column(nullable = false)
	private String reason;

	@Column(name = "recorded_by", nullable = false)
	private long recordedBy;

	@Column(name = "recorded_by_name", nullable = false)
	private String recordedByName;

	@Column(name = "withdrawn_at", nullable = false)
	private Instant withdrawnAt;

	protected ConsentWithdrawal() {
	}

	ConsentWithdrawal(long consentId, WithdrawnBy withdrawnBy, String reason, long recordedBy, String recordedByName,
			Instant withdrawnAt) {
		this.consentId = consentId;
		this.withdrawnBy = withdrawnBy;
		this.reason = reason;
		this.recordedBy = recordedBy;
		this.recordedByName = recordedByName;
		this.withdrawnAt = withdrawnAt;
	}

	public long getConsentId() {
		return this.consentId;
	}

	public WithdrawnBy getWithdrawnBy() {
		return this.withdrawnBy;
	}

	public String getReason() {
		return this.reason;
	}

	public String getRecordedByName() {
		return this.recordedByName;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

}
