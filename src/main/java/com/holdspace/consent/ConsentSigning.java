package com.holdspace.consent;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * What signing asks of the form wherever the client signs, on the clinic's tablet or at home: the
 * text they read is the current one, the signature was really drawn, and a provider consent has
 * its terms. One place, so a signature accepted at home is exactly one the tablet would accept.
 */
@Component
class ConsentSigning {

	private final ConsentService consentService;

	ConsentSigning(ConsentService consentService) {
		this.consentService = consentService;
	}

	/** Points the form at the current text and gives it a token, so a double tap signs once. */
	ConsentDocumentVersion prepare(ConsentKind kind, SignConsentForm form) {
		var document = this.consentService.current(kind);
		form.setDocumentVersionId(document.getId());
		if (form.getSigningToken() == null) {
			form.setSigningToken(UUID.randomUUID());
		}
		return document;
	}

	/** The drawn signature, or nothing with each problem added to {@code result}. */
	Optional<SignatureStrokes> check(ConsentKind kind, SignConsentForm form, BindingResult result) {
		var strokes = SignatureStrokes.parse(form.getSignature());
		if (strokes.isEmpty()) {
			result.rejectValue("signature", "consent.error.signature");
		}
		if (kind == ConsentKind.PROVIDER_COMMUNICATION) {
			checkProviderTerms(form, result);
		}
		return result.hasErrors() ? Optional.empty() : strokes;
	}

	/** After the text changed under the client: they read the new one, agree and sign again. */
	static void startAgain(SignConsentForm form, BindingResult result) {
		form.setAgreed(false);
		form.setSignature(null);
		result.reject("consent.error.textChanged");
	}

	private void checkProviderTerms(SignConsentForm form, BindingResult result) {
		if (form.getProviderName() == null) {
			result.rejectValue("providerName", "validation.required");
		}
		if (form.getProviderContact() == null) {
			result.rejectValue("providerContact", "validation.required");
		}
		if (form.getSharedScope() == null) {
			result.rejectValue("sharedScope", "consent.error.scope");
		}
		if (result.hasFieldErrors("expiresOn")) {
			return;
		}
		if (form.getExpiresOn() == null) {
			result.rejectValue("expiresOn", "consent.error.expiry");
		}
		else if (!form.getExpiresOn().isAfter(this.consentService.today())) {
			result.rejectValue("expiresOn", "consent.error.expiryPast");
		}
	}

}
