package com.holdspace.aftercare;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How the client feels a day or two after a session (1 to 5), in a few words of theirs. Never changed. */
@Entity
@Immutable
@Table(name = "aftercare_check_in")
public class AftercareCheckIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id")
	private long planId;

	private UUID token;

	private int feeling;

	private String words;

	@Column(name = "sent_at")
	private Instant sentAt;

	/** The lowest score or words of self-harm: the client was shown the crisis lines, and the therapist alerted. */
	private boolean urgent;

	protected AftercareCheckIn() {
	}

	AftercareCheckIn(long planId, UUID token, int feeling, String words, Instant sentAt) {
		this.planId = planId;
		this.token = token;
		this.feeling = feeling;
		this.words = words;
		this.sentAt = sentAt;
		this.urgent = CheckInConcern.isUrgent(feeling, words);
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	long getPlanId() {
		return this.planId;
	}

	public int getFeeling() {
		return this.feeling;
	}

	public String getWords() {
		return this.words;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
