package com.holdspace.consent;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.PdfRenderer;

/**
 * A signed consent as a PDF: the exact text, the client's name and signature, the moment, the
 * witness and the hash.
 */
@NamedInterface("api")
@Component
public class ConsentPdf {

	private final PdfRenderer pdf;

	private final ClinicTime clinicTime;

	private final ConsentService consentService;

	ConsentPdf(PdfRenderer pdf, ClinicTime clinicTime, ConsentService consentService) {
		this.pdf = pdf;
		this.clinicTime = clinicTime;
		this.consentService = consentService;
	}

	/** The PDF of one of this client's consents; a consent of anyone else is not found. */
	public byte[] forClient(long clientId, long consentId, String clientName) {
		var consent = this.consentService.record(clientId, consentId);
		return render(consent, clientName, this.consentService.withdrawalsOf(List.of(consent)).get(consentId));
	}

	byte[] render(SignedConsent consent, String clientName, ConsentWithdrawal withdrawal) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("consent", consent);
		variables.put("clientName", clientName);
		variables.put("withdrawal", withdrawal);
		variables.put("signedAt", this.clinicTime.dateTime(consent.getSignedAt()));
		variables.put("withdrawnAt", (withdrawal != null) ? this.clinicTime.dateTime(withdrawal.getWithdrawnAt()) : null);
		SignatureStrokes.parse(consent.getSignatureStrokes())
			.ifPresent(strokes -> variables.put("signaturePng",
					"data:image/png;base64," + Base64.getEncoder().encodeToString(strokes.png())));
		return this.pdf.render("consent/pdf", variables);
	}

}
