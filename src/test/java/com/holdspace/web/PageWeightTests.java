package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * What a tablet on weak Wi-Fi downloads: a page's first visit (the page, its styles, scripts and
 * icon, compressed) stays under 150 KB, and a repeat visit under 30 KB, because the files are
 * linked by names that carry their content's hash and are kept a year, so only the page itself
 * travels again.
 */
@IntegrationTest
class PageWeightTests {

	private static final Pattern LINKED_FILE = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|fonts|favicon)[^\"]*)\"");

	private static final Pattern FINGERPRINTED = Pattern.compile("-[0-9a-f]{32}\\.(css|js|svg)$");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void pagesAreLightOnAFirstVisitAndLighterOnTheNext() {
		HttpVisitor therapist = new HttpVisitor(this.port);
		String email = this.fixtures.staffMember(Role.THERAPIST);
		therapist.signIn(email, Fixtures.PASSWORD);
		long clientId = this.fixtures.client("Weighed Client");
		String week = "/calendar/therapists/" + this.fixtures.staffId(email) + "?view=week";

		for (String page : List.of("/clients/" + clientId, "/clients", week, "/clients/" + clientId + "/intake")) {
			HttpResponse<byte[]> html = therapist.fetch(page, "Accept-Encoding", "gzip");
			assertThat(html.statusCode()).as(page).isEqualTo(200);
			assertThat(html.headers().firstValue("Content-Encoding")).as(page).hasValue("gzip");
			Set<String> files = linkedFiles(unzip(html.body()));
			assertThat(files).as(page).isNotEmpty().allMatch(file -> FINGERPRINTED.matcher(file).find());

			long firstVisit = weight(html);
			long repeatVisit = weight(html);
			for (String file : files) {
				HttpResponse<byte[]> response = therapist.fetch(file, "Accept-Encoding", "gzip");
				assertThat(response.statusCode()).as(file).isEqualTo(200);
				assertThat(response.headers().firstValue("Cache-Control")).as(file).hasValue(FingerprintedFiles.FOREVER);
				firstVisit += weight(response);
			}
			assertThat(firstVisit).as(page + " first visit, bytes").isLessThan(150 * 1024);
			assertThat(repeatVisit).as(page + " repeat visit, bytes").isLessThan(30 * 1024);
		}
	}

	@Test
	void plainNamesRevalidateAndAWrongHashFindsNothing() {
		HttpVisitor visitor = new HttpVisitor(this.port);
		HttpResponse<byte[]> plain = visitor.fetch("/css/holdspace.css");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
		String lastModified = plain.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(visitor.fetch("/css/holdspace.css", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

		String fingerprinted = linkedFiles(visitor.get("/login").body()).stream()
			.filter(file -> file.startsWith("/css/"))
			.findFirst()
			.orElseThrow();
		assertThat(visitor.fetch(fingerprinted).body()).isEqualTo(plain.body());
		HttpResponse<byte[]> unknown = visitor.fetch("/css/holdspace-0123456789abcdef0123456789abcdef.css");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Cache-Control").orElse("")).as("a missing file is never kept")
			.doesNotContain("immutable", "max-age=31536000");
	}

	private static Set<String> linkedFiles(String html) {
		Set<String> files = new LinkedHashSet<>();
		Matcher matcher = LINKED_FILE.matcher(html);
		while (matcher.find()) {
			files.add(matcher.group(1));
		}
		return files;
	}

	/** The body as sent plus the response headers, roughly as they travel. */
	private static long weight(HttpResponse<byte[]> response) {
		List<Integer> headers = new ArrayList<>();
		response.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(name.length() + value.length() + 4)));
		return response.body().length + headers.stream().mapToInt(Integer::intValue).sum();
	}

	private static String unzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
