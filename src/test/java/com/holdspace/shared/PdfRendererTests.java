package com.holdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * The PDF renderer fetches nothing a document names: a page that reaches for a server (as a
 * forged request into the clinic's network would) or for a file on the server gets neither, by
 * any of the ways HTML and CSS can name a resource.
 */
@Tag("fast")
class PdfRendererTests {

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private String base;

	@TempDir
	Path folder;

	@BeforeEach
	void aServerThatCountsEveryRequest() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			this.requests.add(exchange.getRequestURI().toString());
			byte[] body = "body { color: red } LEAKED-FROM-SERVER".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void noAddressInTheDocumentIsFetchedFromTheNetworkOrTheFileSystem() throws IOException {
		String html = reachingEverywhere();

		byte[] pdf = new PdfRenderer(null).renderHtml(html);

		assertThat(this.requests).as("requests the renderer made").isEmpty();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Document").doesNotContain("LEAKED-FROM-FILE").doesNotContain("LEAKED-FROM-SERVER");
			assertThat(document.getPage(0).getResources().getXObjectNames()).as("images drawn").isEmpty();
		}
	}

	@Test
	void aDocumentWrittenStraightToAStreamFetchesNothingEitherAndCountsItsPages() throws IOException {
		var out = new ByteArrayOutputStream();

		int pages = new PdfRenderer(null).renderHtml(reachingEverywhere()
			.replace("<h1>Document</h1>", "<h1>Document</h1><p style=\"page-break-before: always\">Second page</p>"), out);

		assertThat(this.requests).as("requests the renderer made").isEmpty();
		try (var document = Loader.loadPDF(out.toByteArray())) {
			assertThat(pages).isEqualTo(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Document").contains("Second page")
				.doesNotContain("LEAKED-FROM-FILE")
				.doesNotContain("LEAKED-FROM-SERVER");
		}
	}

	/** A document that names a server, a file and an image on disk in every way HTML and CSS can. */
	private String reachingEverywhere() throws IOException {
		Path secret = this.folder.resolve("secret.txt");
		Files.writeString(secret, "LEAKED-FROM-FILE");
		Path image = this.folder.resolve("image.png");
		Files.write(image, java.util.Base64.getDecoder().decode(ONE_PIXEL));
		String file = secret.toUri().toString();
		return """
				<html><head>
				<link rel="stylesheet" href="%1$s/style.css" />
				<style>@import url("%1$s/import.css"); @font-face { font-family: x; src: url("%1$s/font.ttf"); }
				body { background-image: url("%1$s/background.png"); } h1 { background: url("%2$s"); }</style>
				</head><body>
				<h1>Document</h1>
				<img src="%1$s/image.png" /><img src="%2$s" /><img src="%3$s" />
				<object data="%2$s" type="text/plain"></object><object data="%1$s/object.pdf" type="application/pdf"></object>
				<iframe src="%1$s/frame.html"></iframe>
				<svg xmlns="http://www.w3.org/2000/svg"><image href="%1$s/svg.png" /></svg>
				<a href="%1$s/link">a link is only a link</a>
				</body></html>""".formatted(this.base, file, image.toUri());
	}

	@Test
	void anInlineSignatureImageStillPrints() throws IOException {
		byte[] pdf = new PdfRenderer(null)
			.renderHtml("<html><body><p>Signed</p><img src=\"data:image/png;base64," + ONE_PIXEL + "\" /></body></html>");

		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getResources().getXObjectNames()).as("images drawn").hasSize(1);
		}
	}

	private static final String ONE_PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

}
