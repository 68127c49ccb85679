package com.holdspace.consent;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the client gives on the tablet: their name, their signature, and for a provider consent its terms. */
public class SignConsentForm {

	@NotNull
	private Long documentVersionId;

	@NotNull
	private UUID signingToken = UUID.randomUUID();

	@AssertTrue(message = "{consent.error.agree}")
	private boolean agreed;

	@NotBlank(message = "{consent.error.name}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String signerName;

	private String signature;

	@Size(max = 200, message = "{validation.tooLong}")
	private String providerName;

	@Size(max = 200, message = "{validation.tooLong}")
	private String providerContact;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String sharedScope;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	public Long getDocumentVersionId() {
		return this.documentVersionId;
	}

	public void setDocumentVersionId(Long documentVersionId) {
		this.documentVersionId = documentVersionId;
	}

	public UUID getSigningToken() {
		return this.signingToken;
	}

	public void setSigningToken(UUID signingToken) {
		this.signingToken = signingToken;
	}

	public boolean isAgreed() {
		return this.agreed;
	}

	public void setAgreed(boolean agreed) {
		this.agreed = agreed;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public String getSignature() {
		return this.signature;
	}

	public void setSignature(String signature) {
		this.signature = signature;
	}

	public String getProviderName() {
		return this.providerName;
	}

	public void setProviderName(String providerName) {
		this.providerName = providerName;
	}

	public String getProviderContact() {
		return this.providerContact;
	}

	public void setProviderContact(String providerContact) {
		this.providerContact = providerContact;
	}

	public String getSharedScope() {
		return this.sharedScope;
	}

	public void setSharedScope(String sharedScope) {
		this.sharedScope = sharedScope;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	ProviderTerms providerTerms() {
		return new ProviderTerms(this.providerName, this.providerContact, this.sharedScope, this.expiresOn);
	}

}
