package com.holdspace.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;

/**
 * The treating therapist, on the client page, presses "FHIR R4 (JSON)": the browser saves the
 * client's whole record as a FHIR bundle, and the audit log has the export.
 */
@IntegrationTest
class FhirRecordBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RecordFixtures records;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	private Path downloads;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.open(this.port);
		this.downloads = Files.createTempDirectory("holdspace-downloads");
		this.browser.driver()
			.executeCdpCommand("Page.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", this.downloads.toString()));
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void theTreatingTherapistSavesTheWholeRecordAsFhir() throws Exception {
		RecordFixtures.Whole whole = this.records.wholeRecord();
		String therapist = this.jdbc.queryForObject("select email from account where id = ?", String.class,
				whole.therapistId());
		this.browser.signIn(therapist, Fixtures.PASSWORD);
		this.browser.go("/clients/" + whole.clientId());
		this.browser.scrollTo(By.id("record-fhir"));
		for (Screen screen : Screen.values()) {
			this.browser.use(screen);
			this.browser.scrollTo(By.id("record-card"));
			assertThat(this.browser.sidewaysOverflow()).isEmpty();
			assertThat(this.browser.smallTouchTargets()).isEmpty();
			this.browser.screenshot("records-card-fhir-" + screen.name().toLowerCase());
		}
		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.scrollTo(By.id("record-fhir"));
		assertThat(this.browser.text(By.id("record-fhir"))).isEqualTo("FHIR R4 (JSON)");

		this.browser.find(By.id("record-fhir")).click();

		Path saved = this.downloads.resolve("client-" + whole.clientId() + "-record.fhir.json");
		this.browser.waitUntil(driver -> Files.exists(saved) && !partial());
		Bundle bundle = FhirValidation.FHIR.newJsonParser()
			.parseResource(Bundle.class, Files.readString(saved, StandardCharsets.UTF_8));
		assertThat(FhirRecordTests.all(bundle, Patient.class)).singleElement()
			.satisfies(patient -> assertThat(patient.getNameFirstRep().getText()).isEqualTo("Session Client"));
		assertThat(FhirRecordTests.all(bundle, Encounter.class)).hasSize(1);
		assertThat(this.jdbc.queryForList("""
				select action from audit_event where actor = ? and client_id = ? and subject = ?""", String.class,
				therapist, whole.clientId(), "GET /clients/" + whole.clientId() + "/record.fhir.json"))
			.containsExactly("EXPORT");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	/** Chromium writes a download under a temporary name first. */
	private boolean partial() {
		try (var files = Files.list(this.downloads)) {
			return files.anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
		}
		catch (IOException failed) {
			return true;
		}
	}

}
