package com.holdspace.consent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.holdspace.system.ClinicTime;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A signed consent as a PDF: the exact text, the client's name and signature, the moment, the
 * witness and the hash. Rendered from a Thymeleaf template with a font embedded, so any name
 * prints correctly.
 */
@Component
public class ConsentPdf {

	private static final String FONT = "Holdspace Sans";

	private final ITemplateEngine templates;

	private final ClinicTime clinicTime;

	private final ConsentService consentService;

	ConsentPdf(ITemplateEngine templates, ClinicTime clinicTime, ConsentService consentService) {
		this.templates = templates;
		this.clinicTime = clinicTime;
		this.consentService = consentService;
	}

	/** The PDF of one of this client's consents; a consent of anyone else is not found. */
	public byte[] forClient(long clientId, long consentId, String clientName) {
		var consent = this.consentService.record(clientId, consentId);
		return render(consent, clientName, this.consentService.withdrawalsOf(List.of(consent)).get(consentId));
	}

	byte[] render(SignedConsent consent, String clientName, ConsentWithdrawal withdrawal) {
		var context = new Context(Locale.UK);
		context.setVariable("consent", consent);
		context.setVariable("clientName", clientName);
		context.setVariable("withdrawal", withdrawal);
		context.setVariable("signedAt", this.clinicTime.dateTime(consent.getSignedAt()));
		context.setVariable("withdrawnAt", (withdrawal != null) ? this.clinicTime.dateTime(withdrawal.getWithdrawnAt()) : null);
		SignatureStrokes.parse(consent.getSignatureStrokes())
			.ifPresent(strokes -> context.setVariable("signaturePng",
					"data:image/png;base64," + Base64.getEncoder().encodeToString(strokes.png())));
		String html = this.templates.process("consent/pdf", context);
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}

}
