package com.holdspace.session;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.holdspace.intake.BodyRegion;

/**
 * One tap during a session, as it was recorded. Written once by {@link SessionService} and never
 * changed or deleted: a mistaken tap is struck out by a new entry (STRUCK) beside it, until the
 * record is signed. PostgreSQL refuses any change, any deletion and, once signed, any new entry.
 */
@Entity
@Immutable
@Table(name = "session_entry")
public class SessionEntry {

	@Id
	private Long id;

	@Column(name = "session_id")
	private long sessionId;

	private UUID token;

	@Enumerated(EnumType.STRING)
	private EntryKind kind;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private BodyRegion region;

	@Enumerated(EnumType.STRING)
	private Technique technique;

	@Enumerated(EnumType.STRING)
	private BlockPressure pressure;

	private Integer minutes;

	@Enumerated(EnumType.STRING)
	private ReleaseEvent event;

	@Enumerated(EnumType.STRING)
	private TherapistAction action;

	@Enumerated(EnumType.STRING)
	private ContinueAnswer answer;

	@Column(name = "corrects_entry_id")
	private Long correctsEntryId;

	@Convert(converter = SessionEntryText.class)
	private String words;

	@Column(name = "recorded_by_name")
	private String recordedByName;

	protected SessionEntry() {
	}

	public Long getId() {
		return this.id;
	}

	long getSessionId() {
		return this.sessionId;
	}

	public EntryKind getKind() {
		return this.kind;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public BodyRegion getRegion() {
		return this.region;
	}

	public Technique getTechnique() {
		return this.technique;
	}

	public BlockPressure getPressure() {
		return this.pressure;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public ReleaseEvent getEvent() {
		return this.event;
	}

	public TherapistAction getAction() {
		return this.action;
	}

	public String getWords() {
		return this.words;
	}

	public ContinueAnswer getAnswer() {
		return this.answer;
	}

	/** The entry a strike-out strikes out. */
	public Long getCorrectsEntryId() {
		return this.correctsEntryId;
	}

	public String getRecordedByName() {
		return this.recordedByName;
	}

}
