package com.holdspace.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template to a PDF with openhtmltopdf, with DejaVu Sans embedded as
 * "Holdspace Sans" so every name prints. A document reaches nothing outside itself: no base URL,
 * and every external resource is refused before and after its address is resolved, except an
 * image inlined as a {@code data:} address (the signature). Escaped text cannot name a resource, but
 * the refusal holds even if a template one day lets markup through: no request to the network, no
 * file read.
 */
@Component
public class PdfRenderer {

	private static final String FONT = "Holdspace Sans";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> variables) {
		return renderHtml(html(template, variables));
	}

	/**
	 * Renders the template straight into {@code out}, for a document written a part at a time into
	 * files of its own; answers the number of pages, so the parts can be numbered and listed once
	 * put together. The same fonts and the same refusal of every outside resource as above.
	 */
	public int render(String template, Map<String, Object> variables, OutputStream out) {
		return renderHtml(html(template, variables), out);
	}

	private String html(String template, Map<String, Object> variables) {
		var context = new Context(Locale.UK);
		context.setVariables(variables);
		return this.templates.process(template, context);
	}

	byte[] renderHtml(String html) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = builder(html);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	int renderHtml(String html, OutputStream out) {
		try (PdfBoxRenderer renderer = builder(html).buildPdfRenderer()) {
			renderer.layout();
			try (PDDocument document = renderer.createPDFKeepOpen()) {
				document.save(out);
				return document.getNumberOfPages();
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static PdfRendererBuilder builder(String html) {
		var builder = new PdfRendererBuilder();
		builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
		builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
		builder.useExternalResourceAccessControl(PdfRenderer::isInline,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl(PdfRenderer::isInline,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withHtmlContent(html, null);
		return builder;
	}

	private static boolean isInline(String uri, ExternalResourceType type) {
		return uri != null && type == ExternalResourceType.IMAGE_RASTER && uri.startsWith("data:image/png;base64,");
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
