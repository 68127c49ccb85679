package com.holdspace.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A consent given by a client to one exact version of a text, witnessed by a therapist, with a
 * SHA-256 of what was agreed. Never changed: a withdrawal is recorded beside it.
 */
@Entity
@Audited
@Immutable
@Table(name = "signed_consent")
public class SignedConsent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_id", nullable = false)
	private long clientId;

	// the texts are versions of their own, never changed once published
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "document_version")
	private ConsentDocumentVersion document;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsentMethod method;

	@Column(name = "signer_name", nullable = false)
	private String signerName;

	@Column(name = "signature_strokes")
	private String signatureStrokes;

	@Column(name = "witness_id", nullable = false)
	private long witnessId;

	@Column(name = "witness_name", nullable = false)
	private String witnessName;

	@Column(name = "signed_at", nullable = false)
	private Instant signedAt;

	@Column(name = "content_sha256", nullable = false)
	private String contentSha256;

	@Column(name = "provider_name")
	private String providerName;

	@Column(name = "provider_contact")
	private String providerContact;

	@Column(name = "shared_scope")
	private String sharedScope;

	@Column(name = "expires_on")
	private LocalDate expiresOn;

	@Column(name = "signing_token", nullable = false)
	private UUID signingToken;

	/** The session a verbal consent was given for, if it was given at one. */
	@Column(name = "booking_id")
	private Long bookingId;

	protected SignedConsent() {
	}

	SignedConsent(long clientId, ConsentDocumentVersion document, ConsentMethod method, String signerName,
			String signatureStrokes, long witnessId, String witnessName, Instant signedAt, ProviderTerms provider,
			UUID signingToken) {
		this.clientId = clientId;
		this.document = document;
		this.method = method;
		this.signerName = signerName;
		this.signatureStrokes = signatureStrokes;
		this.witnessId = witnessId;
		this.witnessName = witnessName;
		this.signedAt = signedAt;
		if (provider != null) {
			this.providerName = provider.name();
			this.providerContact = provider.contact();
			this.sharedScope = provider.scope();
			this.expiresOn = provider.expiresOn();
		}
		this.signingToken = signingToken;
		this.contentSha256 = ConsentHash.of(this);
	}

	/** Ties a verbal consent to the session it was given for, before it is saved. */
	SignedConsent forBooking(Long bookingId) {
		this.bookingId = bookingId;
		return this;
	}

	public Long getBookingId() {
		return this.bookingId;
	}

	/** Whether the stored hash still matches what was agreed. */
	public boolean isIntact() {
		return ConsentHash.of(this).equals(this.contentSha256);
	}

	public Long getId() {
		return this.id;
	}

	public long getClientId() {
		return this.clientId;
	}

	public ConsentDocumentVersion getDocument() {
		return this.document;
	}

	public ConsentKind getKind() {
		return this.document.getKind();
	}

	public ConsentMethod getMethod() {
		return this.method;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public String getSignatureStrokes() {
		return this.signatureStrokes;
	}

	public long getWitnessId() {
		return this.witnessId;
	}

	public String getWitnessName() {
		return this.witnessName;
	}

	public Instant getSignedAt() {
		return this.signedAt;
	}

	public String getContentSha256() {
		return this.contentSha256;
	}

	public String getProviderName() {
		return this.providerName;
	}

	public String getProviderContact() {
		return this.providerContact;
	}

	public String getSharedScope() {
		return this.sharedScope;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

}
