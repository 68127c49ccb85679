package com.holdspace.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template to a PDF with openhtmltopdf, with DejaVu Sans embedded as
 * "Holdspace Sans" so every name prints. The renderer is given no base URL, so a document can
 * reach nothing outside itself.
 */
@Component
public class PdfRenderer {

	private static final String FONT = "Holdspace Sans";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> variables) {
		var context = new Context(Locale.UK);
		context.setVariables(variables);
		String html = this.templates.process(template, context);
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
