package com.holdspace;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor over real HTTP, with its own cookies, for what only the servlet container does: error
 * dispatch, session cookies, the server's own refusals. Forms carry the CSRF token of the page they
 * came from, as a browser's would.
 */
public final class HttpVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies;

	private final HttpClient http;

	private String csrf;

	/**
	 * Where this visitor comes from, as a proxy in front of Holdspace would say: each visitor its own
	 * address, so one test's failed sign-ins never count against another's.
	 */
	private final String address = "198.18." + (int) (Math.random() * 256) + "." + (1 + (int) (Math.random() * 254));

	public HttpVisitor(int port) {
		this(port, new CookieManager());
	}

	private HttpVisitor(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** The same browser (same cookies) visiting another server, e.g. a second instance of Holdspace. */
	public static HttpVisitor withCookies(int port, HttpVisitor browser) {
		return new HttpVisitor(port, browser.cookies);
	}

	/**
	 * Signs in through the login form and, for staff, the second factor with the code their
	 * authenticator app shows ({@link SecondFactorCodes}); answers the last response.
	 */
	public HttpResponse<String> signIn(String email, String password) {
		get("/login");
		HttpResponse<String> signedIn = post("/login", Map.of("username", email, "password", password));
		if (signedIn.headers().firstValue("Location").filter(to -> to.endsWith("/login/second-factor")).isPresent()) {
			get("/login/second-factor");
			return post("/login/second-factor", Map.of("code", SecondFactorCodes.get().codeFor(email)));
		}
		return signedIn;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET());
	}

	/**
	 * Fetches as a browser would over the wire: the body as sent (compressed, when the server
	 * compresses), with extra headers given as name, value, name, value...
	 */
	public HttpResponse<byte[]> fetch(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : this.base + path))
			.header("X-Forwarded-For", this.address)
			.GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String address() {
		return this.address;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.csrf != null) {
			fields.putIfAbsent("_csrf", this.csrf);
		}
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The value of a cookie this visitor holds, e.g. its session's. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No cookie " + name));
	}

	public boolean hasCookie(String name) {
		return this.cookies.getCookieStore().getCookies().stream().anyMatch(cookie -> cookie.getName().equals(name));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.header("X-Forwarded-For", this.address).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
