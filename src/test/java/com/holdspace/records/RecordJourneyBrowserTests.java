package com.holdspace.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.PortalAccounts;

/**
 * The whole record's journey as people make it. On her phone the client asks for a copy of her
 * record; on a tablet her therapist finds the request, watches the copy being written by the
 * record's own PDF writer, reads it,
 * produces another from the client page (which fails and is tried again) and releases the first
 * with a note; back on her phone the client downloads it. Every button is pressed and PostgreSQL
 * checked after each.
 */
@IntegrationTest
class RecordJourneyBrowserTests {

	private static final String PASSWORD = "a long walk by the sea";

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	RecordExportJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier(RecordExportJob.PDF)
	RecordDocument pdf;

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.open(this.port);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void theClientAsksTheTherapistWatchesReadsAndReleasesAndTheClientDownloads() throws Exception {
		var setting = this.sessions.readyClientBooked();
		long clientId = setting.clientId();
		String clientLogin = Fixtures.uniqueEmail("whole-record");
		this.portalAccounts.open(clientLogin, "Session Client", PASSWORD, clientId);

		// the client, on her phone, from her page
		this.browser.use(Screen.PHONE);
		this.browser.signIn(clientLogin, PASSWORD);
		this.browser.go("/me");
		this.browser.scrollTo(By.id("my-record-link"));
		this.browser.find(By.id("my-record-link")).click();
		this.browser.waitFor(By.id("ask-record"));
		looked("record-mine-ask", Screen.PHONE);
		this.browser.find(By.id("ask-record")).click();
		this.browser.waitFor(By.id("asked-line"));
		Map<String, Object> asked = this.jdbc.queryForMap(
				"select id, status, asked_by_kind, due_by from record_export where client_id = ?", clientId);
		assertThat(asked).containsEntry("status", "QUEUED").containsEntry("asked_by_kind", "CLIENT");
		long exportId = (Long) asked.get("id");
		assertThat(this.browser.text(By.id("asked-line"))).contains("The clinic will get back to you by");
		assertThat(this.browser.driver().findElements(By.id("ask-record"))).isEmpty();
		looked("record-mine-asked", Screen.PHONE);
		this.browser.close();

		// the therapist, on a tablet: the request on their list
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.signIn(setting.therapistLogin(), Fixtures.PASSWORD);
		// their day opens with it, and leads to the list
		assertThat(this.browser.text(By.cssSelector("#day-notes a[href='/record-requests']")))
			.startsWith("Whole record asked for by one client in your care");
		this.browser.find(By.cssSelector("#day-notes a[href='/record-requests']")).click();
		this.browser.waitFor(By.cssSelector("[data-export-id='" + exportId + "']"));
		looked("record-requests", Screen.TABLET_LANDSCAPE);
		this.browser.find(By.cssSelector("[data-export-id='" + exportId + "'] a")).click();
		this.browser.waitFor(By.id("export-state"));
		assertThat(this.browser.text(By.id("export-state"))).isEqualTo("Waiting to start");

		// the job writes it while the page watches, part by part
		var document = new WatchedRecordDocument(this.pdf, 2);
		CompletableFuture<Integer> writing = CompletableFuture.supplyAsync(() -> this.job.writeQueued(document));
		assertThat(document.held()).isTrue();
		int total = this.jdbc.queryForObject("select parts_total from record_export where id = ?", Integer.class,
				exportId);
		this.browser.waitUntil(driver -> driver.findElement(By.id("export-progress")).getText()
			.contains("2 of " + total + " parts written"));
		assertThat(status(exportId)).isEqualTo("WRITING");
		looked("record-export-writing", Screen.TABLET_LANDSCAPE);
		document.letGo();
		writing.get(60, TimeUnit.SECONDS);
		this.browser.waitFor(By.id("download"));
		assertThat(status(exportId)).isEqualTo("READY");
		assertThat(this.browser.text(By.id("export-state"))).isEqualTo("Ready to read");
		looked("record-export-ready", Screen.TABLET_LANDSCAPE);

		// the download: the link answers with the PDF that was written
		byte[] original = document.written();
		assertThat(fetched(this.browser.find(By.id("download")).getDomAttribute("href")))
			.containsEntry("status", 200L)
			.containsEntry("type", "application/pdf")
			.containsEntry("disposition", "attachment; filename=\"whole-record-" + exportId + ".pdf\"")
			.containsEntry("size", (long) original.length)
			.containsEntry("start", "%PDF");
		this.browser.find(By.id("download")).click();
		audited("GET /clients/" + clientId + "/record-exports/" + exportId + "/pdf", clientId, 2);

		// another copy from the client page: it fails, and is tried again
		this.browser.find(By.id("back-to-client")).click();
		this.browser.scrollTo(By.id("record-card"));
		assertThat(this.browser.text(By.id("record-request"))).contains("The client asked for a copy on");
		looked("record-client-card", Screen.TABLET_LANDSCAPE);
		this.browser.find(By.id("produce-record")).click();
		this.browser.waitFor(By.id("export-state"));
		long clinicCopy = this.jdbc.queryForObject(
				"select id from record_export where client_id = ? and asked_by_kind = 'CLINIC'", Long.class, clientId);
		assertThat(status(clinicCopy)).isEqualTo("QUEUED");
		this.browser.find(By.id("check-again")).click();
		this.browser.waitFor(By.id("export-state"));
		this.job.writeQueued(new TestRecordDocument().failing(clientId, new IllegalStateException("Interrupted")));
		this.browser.waitFor(By.id("retry"));
		assertThat(status(clinicCopy)).isEqualTo("FAILED");
		looked("record-export-failed", Screen.TABLET_LANDSCAPE);
		this.browser.find(By.id("retry")).click();
		this.browser.waitFor(By.cssSelector(".flash-notice"));
		assertThat(status(clinicCopy)).isEqualTo("QUEUED");
		this.job.writeQueued();
		this.browser.waitFor(By.id("download"));
		assertThat(status(clinicCopy)).isEqualTo("READY");

		// the client's copy is released, with a note
		this.browser.go("/clients/" + clientId + "/record-exports/" + exportId);
		this.browser.type(By.id("note"), "Read through; two amendments explained at the last session");
		this.browser.find(By.id("release-button")).click();
		this.browser.waitFor(By.id("fact-release-note"));
		Map<String, Object> released = this.jdbc.queryForMap(
				"select status, released_by_name, release_note, released_at from record_export where id = ?", exportId);
		assertThat(released).containsEntry("status", "RELEASED")
			.containsEntry("released_by_name", "Test therapist")
			.containsEntry("release_note", "Read through; two amendments explained at the last session");
		assertThat(released.get("released_at")).isNotNull();
		assertThat(this.browser.text(By.id("fact-released-by"))).startsWith("by Test therapist on");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from outgoing_message where kind = 'RECORD_RELEASED' and recipient = (select email from client where id = ?)",
				Long.class, clientId)).isOne();
		looked("record-export-released", Screen.TABLET_LANDSCAPE);
		assertThat(this.browser.consoleProblems()).isEmpty();
		this.browser.close();

		// the client downloads it on her phone
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.PHONE);
		this.browser.signIn(clientLogin, PASSWORD);
		this.browser.go("/me/record");
		this.browser.waitFor(By.cssSelector(".download-record"));
		looked("record-mine-released", Screen.PHONE);
		String mine = this.browser.find(By.cssSelector(".download-record")).getDomAttribute("href");
		assertThat(mine).isEqualTo("/me/record/" + exportId + ".pdf");
		assertThat(fetched(mine)).containsEntry("status", 200L).containsEntry("size", (long) original.length);
		this.browser.find(By.cssSelector(".download-record")).click();
		audited("GET /me/record/" + exportId + ".pdf", clientId, 2);
		// another client's copy is not theirs: the clinic's own copy was never released
		assertThat(fetched("/me/record/" + clinicCopy + ".pdf")).containsEntry("status", 404L);
		this.browser.find(By.linkText("Back to my page")).click();
		this.browser.waitFor(By.id("my-record-link"));
		assertThat(this.browser.consoleProblems()).as("nothing but the copy that is not hers")
			.allSatisfy(problem -> assertThat(problem).contains("/me/record/" + clinicCopy + ".pdf").contains("404"));
	}

	private String status(long exportId) {
		return this.jdbc.queryForObject("select status from record_export where id = ?", String.class, exportId);
	}

	/** What the link answers when the browser asks for it, with the cookies it has. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> fetched(String href) {
		return (Map<String, Object>) this.browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' }).then(async r => {
				  const bytes = new Uint8Array(await r.arrayBuffer());
				  done({ status: r.status, type: r.headers.get('Content-Type'),
				         disposition: r.headers.get('Content-Disposition'), size: bytes.length,
				         start: String.fromCharCode(...bytes.slice(0, 4)) });
				}).catch(e => done({ status: -1, error: String(e) }));
				""", href);
	}

	/** The page fits each screen with targets a finger can take, and a screenshot of each to look at. */
	private void looked(String name, Screen backTo) throws Exception {
		for (Screen screen : List.of(Screen.TABLET_LANDSCAPE, Screen.TABLET_PORTRAIT, Screen.PHONE)) {
			this.browser.use(screen);
			assertThat(this.browser.sidewaysOverflow()).as("%s at %s", name, screen).isEmpty();
			assertThat(this.browser.smallTouchTargets()).as("%s at %s", name, screen).isEmpty();
			this.browser.screenshot(name + "-" + screen.name().toLowerCase().replace('_', '-'));
		}
		this.browser.use(backTo);
	}

	/** Audit events of this subject about the client, once the request that writes the last has ended. */
	private void audited(String subject, long clientId, int atLeast) {
		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'EXPORT' and subject = ? and client_id = ?", Long.class,
				subject, clientId) >= atLeast);
	}

}
