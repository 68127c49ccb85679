package com.holdspace.intake;

import java.time.Instant;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The intake being typed for a client: one per client, saved every few seconds. */
@Entity
@Audited
@Table(name = "intake_draft")
public class IntakeDraft {

	@Id
	@Column(name = "client_id")
	private Long clientId;

	@Version
	private int version;

	@Column(nullable = false)
	@Convert(converter = IntakeAnswersText.class)
	private String answers;

	@Column(name = "updated_by", nullable = false)
	private long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected IntakeDraft() {
	}

	IntakeDraft(long clientId) {
		this.clientId = clientId;
	}

	void replace(String answers, long by, Instant at) {
		this.answers = answers;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	Long getClientId() {
		return this.clientId;
	}

	public int getVersion() {
		return this.version;
	}

	String getAnswers() {
		return this.answers;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
