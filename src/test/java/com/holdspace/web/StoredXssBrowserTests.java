package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Browser;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.shared.Emails;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.web.ClinicJourney.Field;

/**
 * Stored cross-site scripting: {@value #PAYLOAD_COUNT} hostile strings are typed, over HTTP as the
 * people who may type them, into all 41 free-text fields of one client's story (every field holds
 * several, every payload lands in at least three fields), then read back in headless Chromium by the
 * therapist (14 pages), the front desk (14), an admin (3) and the client (2): 33 pages, and three PDFs.
 * Every page must run nothing (no dialog, no {@code window.__xss}, no title changed, no element, handler
 * or URL of the payloads' making, nothing the Content-Security-Policy had to refuse) and must show each
 * payload it carries as the literal text typed: 3,829 payload-on-page sightings, printed by the run.
 * The PDFs must carry the text literally (150 sightings) and no script, open action or link.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssBrowserTests {

	/** Each would run script or change the page if it were written out as markup instead of text. */
	static final List<String> PAYLOADS = List.of("<script>window.__xss=1</script>",
			"<SCRIPT SRC=//evil.example/x.js></SCRIPT><script>window.__xss=2</script>",
			"<img src=x onerror=\"window.__xss=3\">", "<img src=x onerror=alert(4)>", "<svg onload=alert(5)>",
			"<svg><script>document.title='XSS'</script></svg>", "<body onload=window.__xss=7>",
			"\"><script>window.__xss=8</script>", "'><img src=x onerror=alert(9)>",
			"\" onfocus=\"window.__xss=10\" autofocus=\"", "' onmouseover='alert(11)' x='",
			"</textarea><script>window.__xss=12</script>", "</title><script>document.title='XSS'</script>",
			"</script><script>window.__xss=14</script>", "<a href=\"javascript:window.__xss=15\">tap me</a>",
			"javascript:alert(16)", "JaVaScRiPt:document.title='XSS'",
			"<iframe srcdoc=\"<script>parent.__xss=18</script>\"></iframe>",
			"<iframe src=\"javascript:parent.__xss=19\"></iframe>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(20)>",
			"<base href=\"javascript:alert(21)//\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(22)\">",
			"<div style=\"width:expression(alert(23))\">css</div>", "<style>@import 'javascript:alert(24)';</style>",
			"<div style=\"background:url(javascript:alert(25))\">bg</div>", "[[${7*7}]]<img src=x onerror=alert(26)>",
			"[(${'<script>window.__xss=27</script>'})]", "__${7*7}__<script>window.__xss=28</script>",
			"${7*7}#{7*7}*{7*7}@{javascript:alert(29)}", "~{::script}<script>alert(30)</script>",
			"\\u003cscript\\u003ewindow.__xss=31\\u003c/script\\u003e", "&lt;script&gt;window.__xss=32&lt;/script&gt;",
			"&#60;img src=x onerror=alert(33)&#62;", "%3Cscript%3Ewindow.__xss%3D34%3C%2Fscript%3E",
			"\uFF1Cscript\uFF1Ewindow.__xss=35\uFF1C/script\uFF1E", "<scr<script>ipt>window.__xss=36</scr</script>ipt>",
			"<IMG SRC=JaVaScRiPt:alert(37)>", "<img src=\"x\" onerror=\"&#97;lert(38)\">",
			"<object data=\"javascript:alert(39)\"></object>", "<embed src=\"javascript:alert(40)\">",
			"<details open ontoggle=alert(41)>", "<video><source onerror=\"window.__xss=42\"></video>",
			"<audio src=x onerror=alert(43)>", "<input autofocus onfocus=alert(44)>",
			"<form action=\"javascript:alert(45)\"><button>go</button></form>",
			"<template><script>alert(46)</script></template>", "<!--<img src=\"--><img src=x onerror=alert(47)//\">",
			"<![CDATA[<script>alert(48)</script>]]>", "';alert(49);//", "\";window.__xss=50;//",
			"</style><script>alert(51)</script>", "{{constructor.constructor('alert(52)')()}}",
			"<x onclick=alert(53)>click", "<link rel=import href=\"data:text/html,<script>alert(54)</script>\">",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg1NSk8L3NjcmlwdD4=\">data</a>",
			"<svg><animate onbegin=alert(56) attributeName=x dur=1s>", "<marquee onstart=alert(57)>",
			"--><script>alert(58)</script>", "<noscript><p title=\"</noscript><img src=x onerror=alert(59)>\">",
			"${{<%[%'\"}}%\\.<script>alert(60)</script>",
			"jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert(61) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert(61)//>\\x3e",
			"<img src=x:alert(62) onerror=eval(src)>", "<svg/onload=window.__xss=63>",
			"<scr\u200Dipt>alert(64)</scr\u200Dipt>", "<img src=x\u2028onerror=alert(65)>",
			"<a href=\"&#x6A;avascript:alert(66)\">entity</a>");

	static final int PAYLOAD_COUNT = 66;

	/** Between payloads in a field: nothing a payload could lean on. */
	private static final String SEPARATOR = " | ";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures bookings;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<Field, List<String>> typed = new EnumMap<>(Field.class);

	private ClinicJourney.Story story;

	/** Who found it: the audit log shows an email typed at sign-in by what it starts with. */
	private final String signInPrefix = "xss-" + UUID.randomUUID().toString().substring(0, 8);

	private int sightings;

	@BeforeAll
	void everyFieldTypedWithPayloads() throws Exception {
		assertThat(PAYLOADS).hasSize(PAYLOAD_COUNT).doesNotHaveDuplicates();
		// each field starts somewhere else in the list and takes payloads in turn for as long as they fit
		Field[] fields = Field.values();
		for (Field field : fields) {
			List<String> chosen = new ArrayList<>();
			int length = (field == Field.SIGN_IN_EMAIL) ? this.signInPrefix.length() + SEPARATOR.length() : 0;
			int start = (field.ordinal() * 23) % PAYLOAD_COUNT;
			for (int i = 0; i < PAYLOAD_COUNT; i++) {
				String payload = PAYLOADS.get((start + i) % PAYLOAD_COUNT);
				int needed = (chosen.isEmpty() ? 0 : SEPARATOR.length()) + payload.length();
				if (length + needed <= field.max) {
					chosen.add(payload);
					length += needed;
				}
			}
			this.typed.put(field, chosen);
		}
		Map<String, Integer> landings = new java.util.HashMap<>();
		this.typed.values().forEach(list -> list.forEach(p -> landings.merge(p, 1, Integer::sum)));
		assertThat(landings.keySet()).containsExactlyInAnyOrderElementsOf(PAYLOADS);
		assertThat(landings.values()).allMatch(count -> count >= 3);
		assertThat(this.typed.values()).allMatch(list -> !list.isEmpty());

		this.story = new ClinicJourney(this.mvc, this.fixtures, this.bookings, this.consents, this.portalAccounts,
				this.users, this.jdbc)
			.write(field -> (field == Field.SIGN_IN_EMAIL ? this.signInPrefix + SEPARATOR : "")
					+ String.join(SEPARATOR, this.typed.get(field)));
	}

	@Test
	void theTherapistSeesEveryPayloadAsTextAndNothingRuns() throws Exception {
		long client = this.story.clientId();
		String clientPage = "/clients/" + client;
		Set<Field> clientFields = EnumSet.of(Field.LEGAL_NAME, Field.PREFERRED_NAME, Field.PRONOUNS,
				Field.FRONT_DESK_NOTES, Field.CONTACT_NAME, Field.CONTACT_RELATIONSHIP);
		Set<Field> intakeFields = EnumSet.of(Field.SAFETY_CONCERNS, Field.STOP_CONDITIONS, Field.DRAPING,
				Field.START_SIGNAL, Field.GOALS, Field.TRIGGERS, Field.TRAUMA_AREAS, Field.SENSITIVE_TOPICS,
				Field.PROVIDER_NAME, Field.PROVIDER_CONTACT, Field.MEDICAL_CONDITIONS, Field.MEDICATIONS,
				Field.ANYTHING_ELSE, Field.STAFF_NOTES, Field.BODY_NOTE);
		Set<Field> notes = EnumSet.of(Field.ARRIVAL, Field.GROUNDING, Field.SUBJECTIVE, Field.OBJECTIVE,
				Field.ASSESSMENT, Field.PLAN, Field.SESSION_REFERRAL, Field.TRIGGERS, Field.STOP_CONDITIONS,
				Field.SENSITIVE_TOPICS, Field.START_SIGNAL, Field.LEGAL_NAME);
		Set<Field> signed = EnumSet.copyOf(notes);
		signed.addAll(EnumSet.of(Field.CLIENTS_WORDS, Field.PAUSE_WHY, Field.AMENDMENT_REASON, Field.AMENDMENT_BODY,
				Field.AFTERCARE_NOTES, Field.WATCH_FOR, Field.AFTERCARE_REFERRAL, Field.THERAPIST_NAME));
		Set<Field> page = EnumSet.copyOf(clientFields);
		page.addAll(EnumSet.of(Field.WAITLIST_NOTE, Field.CHECK_IN_WORDS, Field.THERAPIST_NAME));
		Set<Field> intakePage = EnumSet.copyOf(intakeFields);
		intakePage.add(Field.LEGAL_NAME);
		visitAs(this.story.therapistLogin(), Map.ofEntries(Map.entry(clientPage, page),
				Map.entry(clientPage + "/edit", clientFields), Map.entry(clientPage + "/intake", intakePage),
				Map.entry(clientPage + "/intake/versions/1", intakePage), Map.entry(clientPage + "/intake/edit", intakePage),
				Map.entry(clientPage + "/intake/compare?from=1&to=2", intakePage),
				Map.entry(clientPage + "/consent", EnumSet.of(Field.LEGAL_NAME)),
				Map.entry(clientPage + "/consent/records/" + this.story.withdrawnConsentId(),
						EnumSet.of(Field.WITHDRAWAL_REASON)),
				Map.entry("/sessions/" + this.story.signedSessionId(), signed),
				Map.entry("/sessions/" + this.story.openSessionId(), notes),
				Map.entry(clientPage + "/sessions", EnumSet.of(Field.LEGAL_NAME, Field.THERAPIST_NAME)),
				Map.entry("/sessions/" + this.story.signedSessionId() + "/aftercare/sheet",
						EnumSet.of(Field.AFTERCARE_NOTES, Field.WATCH_FOR, Field.AFTERCARE_REFERRAL)),
				Map.entry("/bookings/" + this.story.bookingId(), EnumSet.of(Field.PREFERRED_NAME, Field.THERAPIST_NAME)),
				Map.entry("/calendar/therapists/" + this.story.therapistId() + "?view=day&date=" + this.story.bookingDay(),
						EnumSet.of(Field.PREFERRED_NAME, Field.THERAPIST_NAME))));
	}

	@Test
	void theFrontDeskSeesEveryPayloadAsTextAndNothingRuns() throws Exception {
		long client = this.story.clientId();
		String clientPage = "/clients/" + client;
		Set<Field> clientFields = EnumSet.of(Field.LEGAL_NAME, Field.PREFERRED_NAME, Field.PRONOUNS,
				Field.FRONT_DESK_NOTES, Field.CONTACT_NAME, Field.CONTACT_RELATIONSHIP);
		Set<Field> page = EnumSet.copyOf(clientFields);
		page.add(Field.WAITLIST_NOTE);
		String query = URLEncoder.encode(this.typed.get(Field.LEGAL_NAME).get(0), StandardCharsets.UTF_8);
		String week = "?date=" + this.story.bookingDay();
		visitAs(this.story.deskLogin(), Map.ofEntries(Map.entry("/clients", EnumSet.of(Field.LEGAL_NAME)),
				Map.entry("/clients?q=" + query, EnumSet.of(Field.LEGAL_NAME)), Map.entry(clientPage, page),
				Map.entry(clientPage + "/edit", clientFields),
				Map.entry("/bookings/" + this.story.bookingId(), EnumSet.of(Field.PREFERRED_NAME, Field.THERAPIST_NAME)),
				Map.entry("/bookings/" + this.story.cancelledBookingId(),
						EnumSet.of(Field.PREFERRED_NAME, Field.THERAPIST_NAME, Field.CANCEL_REASON)),
				Map.entry("/calendar/therapists/" + this.story.therapistId() + week,
						EnumSet.of(Field.PREFERRED_NAME, Field.THERAPIST_NAME)),
				Map.entry("/calendar/rooms/" + this.story.roomId() + week, EnumSet.of(Field.PREFERRED_NAME)),
				Map.entry("/calendar/rooms/" + this.story.roomId() + week + "&view=day", EnumSet.of(Field.PREFERRED_NAME)),
				Map.entry("/waitlist", EnumSet.of(Field.PREFERRED_NAME)),
				Map.entry("/waitlist/new?clientId=" + client, EnumSet.of(Field.PREFERRED_NAME)),
				Map.entry("/bookings/new?clientId=" + client, EnumSet.of(Field.PREFERRED_NAME)),
				Map.entry("/schedule", EnumSet.of(Field.THERAPIST_NAME)),
				Map.entry("/schedule/therapists/" + this.story.therapistId(), EnumSet.of(Field.THERAPIST_NAME))));
	}

	@Test
	void anAdminSeesTheAuditLogAndStaffAsTextAndNothingRuns() throws Exception {
		visitAs(this.fixtures.staffMember(com.holdspace.staff.Role.ADMIN),
				Map.of("/admin/audit?user=" + this.signInPrefix, EnumSet.of(Field.SIGN_IN_EMAIL),
						"/admin/staff", EnumSet.of(Field.THERAPIST_NAME),
						"/admin/staff/" + this.story.therapistId(), EnumSet.of(Field.THERAPIST_NAME)));
	}

	@Test
	void theClientSeesTheirPortalAsTextAndNothingRuns() throws Exception {
		visitAs(this.story.portalLogin(), Map.of("/me",
				EnumSet.of(Field.LEGAL_NAME, Field.PREFERRED_NAME, Field.PRONOUNS, Field.CONTACT_NAME,
						Field.CONTACT_RELATIONSHIP),
				"/me/plans/" + this.story.planId(), EnumSet.of(Field.AFTERCARE_NOTES, Field.WATCH_FOR,
						Field.AFTERCARE_REFERRAL, Field.CHECK_IN_WORDS, Field.THERAPIST_NAME)));
	}

	@Test
	void thePdfsCarryThePayloadsAsTextAndNoScriptOrLink() throws Exception {
		var therapist = this.users.loadUserByUsername(this.story.therapistLogin());
		var client = this.users.loadUserByUsername(this.story.portalLogin());
		Map<String, Set<Field>> pdfs = Map.of(
				"/clients/" + this.story.clientId() + "/consent/records/" + this.story.withdrawnConsentId() + "/pdf",
				EnumSet.of(Field.LEGAL_NAME, Field.WITHDRAWAL_REASON),
				"/me/plans/" + this.story.planId() + "/pdf",
				EnumSet.of(Field.AFTERCARE_NOTES, Field.WATCH_FOR, Field.AFTERCARE_REFERRAL),
				"/me/consents/" + this.story.withdrawnConsentId() + "/pdf", EnumSet.of(Field.WITHDRAWAL_REASON));
		int checked = 0;
		for (var pdf : pdfs.entrySet()) {
			var who = pdf.getKey().startsWith("/me") ? client : therapist;
			byte[] bytes = this.mvc.perform(get(pdf.getKey()).with(user(who))).andReturn().getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(bytes)) {
				String text = squeeze(new PDFTextStripper().getText(document));
				for (Field field : pdf.getValue()) {
					for (String payload : this.typed.get(field)) {
						assertThat(text).as("%s in %s", payload, pdf.getKey()).contains(squeeze(payload));
						checked++;
					}
				}
				assertThat(activeContent(document)).as("script, actions or links in %s", pdf.getKey()).isEmpty();
				assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
				assertThat(document.getDocumentCatalog().getNames()).isNull();
				for (var page : document.getPages()) {
					assertThat(page.getAnnotations()).isEmpty();
				}
			}
		}
		System.out.println("Stored XSS: " + checked + " payload sightings in " + pdfs.size() + " PDFs");
	}

	/** Every dictionary in the file that names script, an action to run or a link to follow. */
	private static List<String> activeContent(PDDocument document) {
		List<String> found = new ArrayList<>();
		Set<COSName> active = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.OPEN_ACTION, COSName.AA, COSName.URI,
				COSName.getPDFName("Launch"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"),
				COSName.getPDFName("RichMedia"), COSName.ANNOTS);
		for (var key : document.getDocument().getXrefTable().keySet()) {
			COSObject object = document.getDocument().getObjectFromPool(key);
			COSBase base = object.getObject();
			if (base instanceof COSDictionary dictionary) {
				for (COSName name : dictionary.keySet()) {
					COSName value = dictionary.getCOSName(name);
					if (active.contains(name) || (value != null && active.contains(value))) {
						found.add(key + " " + name.getName() + " " + dictionary.getDictionaryObject(name));
					}
				}
			}
		}
		return found;
	}

	/**
	 * Signs in as this person in a fresh Chromium, opens each page and holds it to the rules: nothing
	 * ran and each payload of the fields it shows is on it as text.
	 */
	private void visitAs(String login, Map<String, Set<Field>> pages) throws Exception {
		int before = this.sightings;
		List<String> failures = new ArrayList<>();
		try (Browser browser = Browser.open(this.port)) {
			// a dialog or a rewritten title would be caught anyway; counting them as well leaves no doubt
			browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
					window.__dialogs = [];
					['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
					  window[name] = function (message) { window.__dialogs.push(name + ': ' + message); };
					});
					"""));
			browser.signIn(login, Fixtures.PASSWORD);
			browser.consoleProblems();
			for (var page : new TreeMap<>(pages).entrySet()) {
				browser.go(page.getKey());
				problemsOn(browser).forEach(problem -> failures.add(page.getKey() + " ran or was injected: " + problem));
				if (browser.driver().getCurrentUrl().contains("/login")) {
					failures.add(page.getKey() + " sent to sign in");
				}
				String text = squeezeSpaces(shownText(browser));
				Set<String> missing = new LinkedHashSet<>();
				for (Field field : page.getValue()) {
					for (String payload : this.typed.get(field)) {
						// an email typed at sign-in is kept in its one form (Emails): that is what shows
						String shown = (field == Field.SIGN_IN_EMAIL) ? Emails.normalise(payload) : payload;
						if (!text.contains(squeezeSpaces(shown))) {
							missing.add(field + ": " + payload);
						}
						this.sightings++;
					}
				}
				missing.forEach(payload -> failures.add(page.getKey() + " does not show " + payload));
			}
		}
		// every page is looked at before failing, so that one run names every problem
		assertThat(failures).isEmpty();
		System.out.println("Stored XSS: " + (this.sightings - before) + " payload sightings on " + pages.size()
				+ " pages as " + login);
	}

	@SuppressWarnings("unchecked")
	private static List<String> problemsOn(Browser browser) {
		List<String> problems = new ArrayList<>();
		try {
			browser.driver().switchTo().alert();
			problems.add("a dialog is open");
		}
		catch (NoAlertPresentException expected) {
			// nothing asked for the user's attention
		}
		try {
			problems.addAll((List<String>) browser.driver().executeScript("""
					const found = [];
					if (typeof window.__xss !== 'undefined') { found.push('window.__xss = ' + window.__xss); }
					if (typeof parent.__xss !== 'undefined') { found.push('parent.__xss = ' + parent.__xss); }
					if (document.title === 'XSS') { found.push('the title was rewritten'); }
					(window.__dialogs || []).forEach(d => found.push('dialog ' + d));
					const urls = ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href', 'background'];
					document.querySelectorAll('*').forEach(e => {
					  for (const a of e.attributes) {
					    if (a.name.toLowerCase().startsWith('on')) { found.push(e.tagName + ' has handler ' + a.name); }
					    if (urls.includes(a.name.toLowerCase()) && /^\\s*(javascript|data|vbscript):/i.test(a.value)
					        && !(e.tagName === 'IMG' && /^data:image\\//.test(a.value))) {
					      found.push(e.tagName + ' ' + a.name + '=' + a.value);
					    }
					    if (a.name === 'style') { found.push(e.tagName + ' has inline style ' + a.value); }
					  }
					});
					const foreign = 'script:not([src]), iframe, frame, object, embed, base, meta[http-equiv], math, '
					  + 'style, link[rel=import], template, marquee, details[ontoggle], x, mglyph, animate, audio, video';
					document.querySelectorAll(foreign).forEach(e => found.push('element ' + e.outerHTML.slice(0, 120)));
					document.querySelectorAll('script[src]').forEach(e => {
					  if (new URL(e.src).origin !== location.origin) { found.push('foreign script ' + e.src); }
					});
					return found;
					"""));
		}
		catch (UnhandledAlertException dialog) {
			problems.add("a dialog opened: " + dialog.getAlertText());
		}
		// the Content-Security-Policy refusing inline script would mean markup got through
		problems.addAll(browser.consoleProblems());
		return problems;
	}

	/** The page as a person reads it, and what waits in its fields to be edited. */
	private static String shownText(Browser browser) {
		return (String) browser.driver().executeScript("""
				return document.title + '\\n' + document.body.textContent + '\\n'
				  + Array.from(document.querySelectorAll('input, textarea')).map(e => e.value).join('\\n');
				""");
	}

	private static String squeezeSpaces(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** A PDF wraps its lines where it likes: compared without any white space. */
	private static String squeeze(String text) {
		// DejaVu Sans draws no fullwidth forms: the PDF shows (and its text reads) each as '#'
		return text.replaceAll("[\\s\u200D]+", "").replaceAll("[\uFF01-\uFF5E]", "#");
	}

}
