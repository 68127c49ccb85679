package com.holdspace.audit;

import java.time.Instant;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change to clinical records (an intake, a consent, a session record, an aftercare plan), as
 * the entity history keeps it: when, and who made it. Each changed record keeps its state as of this
 * revision in its own history table.
 */
@Entity
@Table(name = "history_revision")
@RevisionEntity(HistoryRevisionListener.class)
public class HistoryRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	@Column(name = "changed_at")
	private Instant changedAt;

	@Column(name = "account_id")
	private Long accountId;

	@Column(nullable = false)
	private String actor;

	public long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getActor() {
		return this.actor;
	}

	void setAccountId(Long accountId) {
		this.accountId = accountId;
	}

	void setActor(String actor) {
		this.actor = actor;
	}

}
