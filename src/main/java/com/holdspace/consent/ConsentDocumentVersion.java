package com.holdspace.consent;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import com.holdspace.shared.ReferenceRowListener;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One wording of a consent text. An edit makes the next version; none is ever changed. */
@Entity
@EntityListeners(ReferenceRowListener.class)
@Immutable
@Table(name = "consent_document_version")
public class ConsentDocumentVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsentKind kind;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ConsentDocumentVersion() {
	}

	ConsentDocumentVersion(ConsentKind kind, int number, String title, String body, long createdBy, Instant createdAt) {
		this.kind = kind;
		this.number = number;
		this.title = title;
		this.body = body;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public ConsentKind getKind() {
		return this.kind;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	boolean sameWordingAs(String otherTitle, String otherBody) {
		return this.title.equals(otherTitle) && this.body.equals(otherBody);
	}

}
