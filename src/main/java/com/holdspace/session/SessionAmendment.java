package com.holdspace.session;

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

/** Something added to a signed record, with the reason, its author and the time. Never changed. */
@Entity
@Audited
@Immutable
@Table(name = "session_amendment")
public class SessionAmendment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id")
	private long sessionId;

	private UUID token;

	private String reason;

	@Convert(converter = SessionAmendmentText.class)
	private String body;

	@Column(name = "author_id")
	private long authorId;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "created_at")
	private Instant createdAt;

	protected SessionAmendment() {
	}

	SessionAmendment(long sessionId, UUID token, String reason, String body, long authorId, String authorName,
			Instant createdAt) {
		this.sessionId = sessionId;
		this.token = token;
		this.reason = reason;
		this.body = body;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	long getSessionId() {
		return this.sessionId;
	}

	public String getReason() {
		return this.reason;
	}

	public String getBody() {
		return this.body;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
