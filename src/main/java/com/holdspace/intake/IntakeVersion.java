package com.holdspace.intake;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A completed intake, stamped with who completed it and when. Never changed: an update is a new
 * version, and PostgreSQL refuses an UPDATE or DELETE of this table.
 */
@Entity
@Audited
@Immutable
@Table(name = "intake_version")
public class IntakeVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_id", nullable = false)
	private long clientId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	@Convert(converter = IntakeAnswersText.class)
	private String answers;

	@Column(name = "extended_suggested", nullable = false)
	private boolean extendedSuggested;

	/** The client asked for a therapist experienced in emotional-release work. */
	@Column(name = "wants_experienced", nullable = false)
	private boolean wantsExperienced;

	@Column(name = "completion_token", nullable = false)
	private UUID completionToken;

	@Column(name = "completed_by", nullable = false)
	private long completedBy;

	@Column(name = "completed_by_name", nullable = false)
	private String completedByName;

	@Column(name = "completed_at", nullable = false)
	private Instant completedAt;

	protected IntakeVersion() {
	}

	IntakeVersion(long clientId, int number, String answers, boolean extendedSuggested, UUID completionToken,
			long completedBy, String completedByName, Instant completedAt) {
		this.clientId = clientId;
		this.number = number;
		this.answers = answers;
		this.extendedSuggested = extendedSuggested;
		this.completionToken = completionToken;
		this.completedBy = completedBy;
		this.completedByName = completedByName;
		this.completedAt = completedAt;
	}

	IntakeVersion wantingExperienced(boolean wants) {
		this.wantsExperienced = wants;
		return this;
	}

	boolean isWantsExperienced() {
		return this.wantsExperienced;
	}

	public long getClientId() {
		return this.clientId;
	}

	public int getNumber() {
		return this.number;
	}

	String getAnswers() {
		return this.answers;
	}

	public boolean isExtendedSuggested() {
		return this.extendedSuggested;
	}

	public String getCompletedByName() {
		return this.completedByName;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

}
