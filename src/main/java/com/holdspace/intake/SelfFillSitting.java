package com.holdspace.intake;

import java.time.Instant;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The client's own answers from one sitting, on the clinic's tablet or at home in the portal, as
 * they left them. Written
 * while they type; once finished, PostgreSQL refuses any change, so a therapist's later edit of
 * the intake stands beside it as a separate change, never over it.
 */
@Entity
@Audited
@Table(name = "intake_self_fill")
@DynamicUpdate
class SelfFillSitting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_id")
	private long clientId;

	@Column(name = "handed_over_by")
	private long handedOverBy;

	@Column(name = "handed_over_by_name")
	private String handedOverByName;

	/** At home the client's own portal login stands where the therapist who handed over would. */
	@Column(name = "at_home", updatable = false)
	private boolean atHome;

	@Column(name = "started_at")
	private Instant startedAt;

	@Convert(converter = IntakeAnswersText.class)
	private String answers;

	@Column(name = "saved_at")
	private Instant savedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	protected SelfFillSitting() {
	}

	SelfFillSitting(long clientId, boolean atHome, long handedOverBy, String handedOverByName, Instant startedAt) {
		this.clientId = clientId;
		this.atHome = atHome;
		this.handedOverBy = handedOverBy;
		this.handedOverByName = handedOverByName;
		this.startedAt = startedAt;
	}

	void save(String answers, Instant at) {
		this.answers = answers;
		this.savedAt = at;
	}

	void finish(Instant at) {
		this.finishedAt = at;
	}

	Long getId() {
		return this.id;
	}

	long getClientId() {
		return this.clientId;
	}

	boolean isAtHome() {
		return this.atHome;
	}

	String getHandedOverByName() {
		return this.handedOverByName;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	String getAnswers() {
		return this.answers;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

	Instant getFinishedAt() {
		return this.finishedAt;
	}

}
