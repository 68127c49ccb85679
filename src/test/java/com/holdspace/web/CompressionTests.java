package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.holdspace.IntegrationTest;

/**
 * Scripts travel compressed to a browser that takes gzip, from the real server (its compression is
 * the servlet container's, so MockMvc would not show it): the server names them {@code text/javascript},
 * and that type has to be among {@code server.compression.mime-types}.
 */
@IntegrationTest
class CompressionTests {

	private static final Pattern SCRIPT = Pattern.compile("<script src=\"(/js/holdspace[^\"]*\\.js)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theScriptGoesOutGzippedToABrowserThatTakesGzip() throws Exception {
		HttpResponse<byte[]> script = fetch("/js/holdspace.js", true);

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
		assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(script.body())).isEqualTo(fileOnClasspath("/static/js/holdspace.js"));
	}

	@Test
	void theFingerprintedScriptAPageLinksIsGzippedToo() throws Exception {
		String login = new String(fetch("/login", false).body(), StandardCharsets.UTF_8);
		Matcher linked = SCRIPT.matcher(login);
		assertThat(linked.find()).as("the sign-in page links its script").isTrue();
		assertThat(linked.group(1)).as("by its fingerprinted name").matches("/js/holdspace-[0-9a-f]{32}\\.js");

		HttpResponse<byte[]> script = fetch(linked.group(1), true);

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(script.body())).isEqualTo(fileOnClasspath("/static/js/holdspace.js"));
	}

	@Test
	void aClientThatDoesNotTakeGzipGetsTheScriptAsItIs() throws Exception {
		HttpResponse<byte[]> script = fetch("/js/holdspace.js", false);

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(script.body()).isEqualTo(fileOnClasspath("/static/js/holdspace.js"));
	}

	@Test
	void stylesheetsAndPagesStayCompressed() throws Exception {
		for (String path : new String[] { "/css/holdspace.css", "/login" }) {
			assertThat(fetch(path, true).headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
		}
	}

	private HttpResponse<byte[]> fetch(String path, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	private static byte[] fileOnClasspath(String path) throws IOException {
		try (InputStream in = CompressionTests.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
	}

}
