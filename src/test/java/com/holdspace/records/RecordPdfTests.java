package com.holdspace.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestDatabase;
import com.holdspace.session.SessionRecordInFull;
import com.holdspace.shared.ClinicTime;
import com.holdspace.staff.Role;

/**
 * The whole record as one PDF: every section, as the clinic recorded it, readable and in order;
 * and a record of 200 signed sessions written a part at a time, in a JVM whose heap could not hold
 * it whole.
 */
@IntegrationTest
class RecordPdfTests {

	/**
	 * The heap the child JVM writes a 200-session record in, beyond what the application itself holds.
	 * Measured, writing it a part at a time holds about 27 to 30 MB at most, and the same for 1,000
	 * sessions; the 200 sessions rendered as one document hold about 35 MB, growing with every session.
	 */
	static final int HEAP_BUDGET_MB = 40;

	private static final int SESSIONS = 200;

	private static Long manySessions;

	private static Instant firstSession;

	@Autowired
	RecordPdf recordPdf;

	@Autowired
	ClientRecordReader reader;

	@Autowired
	RecordFixtures records;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClinicTime clinicTime;

	@TempDir
	Path folder;

	@Test
	void everySectionOfTheRecordIsInThePdfInOrderWithAmendmentsBesideTheOriginal() throws IOException {
		var whole = this.records.wholeRecord();
		var out = new ByteArrayOutputStream();
		List<String> told = new ArrayList<>();

		this.recordPdf.write(whole.clientId(), out, new RecordProgress() {
			@Override
			public void total(int parts) {
				told.add("total " + parts);
			}

			@Override
			public void done(int parts) {
				told.add("done " + parts);
			}
		});

		// details, intake, consents, holds, a page each of sessions, plans and bookings, the cover, putting together
		assertThat(told).containsExactly("total 9", "done 1", "done 2", "done 3", "done 4", "done 5", "done 6",
				"done 7", "done 8", "done 9");
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replace("\r", "");
			assertThat(text).contains("Session Client", "Date of birth: 17 May 1988", "Produced on ")
				.contains("If you need support now:")
				.containsSubsequence("Contents", "Details and emergency contacts", "Intake answers, version by version",
						"Consent given and withdrawn", "Holds on bodywork, referrals and clearances", "Session records",
						"Aftercare plans and check-ins", "Bookings")
				.contains("Kim Contact (Friend), +44 7700 900556")
				.containsSubsequence("Version 1", "Version 2", "What changed from version 1",
						"Are you having flashbacks at the moment?", "No", "Yes", "The newest version in full", "pineapple")
				.containsSubsequence("Talking with their provider", "Withdrawn on", "at the client's request",
						"Asked to stop")
				.containsSubsequence("Refer and pause", "Current flashbacks", "Referred to Dr Rao",
						"Cleared by Dr Rao", "Licensed as: Psychologist")
				.containsSubsequence("Tight chest after a hard week", "Crying", "warmth spreading across my back",
						"Withdrawn for the rest of the session: Chest", "Warmth", "struck out at",
						"Said the chest felt lighter", "Signed by Test therapist", "Added after signing",
						"Left out at signing", "The client asked for the window to be opened at the start.")
				.containsSubsequence("Handed over on", "Rest this evening and drink water",
						"What the client said afterwards", "4: good", "Slept well, a little tearful in the morning")
				.containsSubsequence("Bookings", "Standard", "Booked");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Client record: Session Client");
			assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).extracting(item -> item.getTitle())
				.containsExactly("Contents", "Details and emergency contacts", "Intake answers, version by version",
						"Consent given and withdrawn", "Holds on bodywork, referrals and clearances", "Session records",
						"Aftercare plans and check-ins", "Bookings");
			int pages = pdf.getNumberOfPages();
			assertThat(new PDFTextStripper() {
				{
					setStartPage(pages);
					setEndPage(pages);
				}
			}.getText(pdf)).contains("Session Client").contains("page " + pages + " of " + pages);
		}
	}

	@Test
	void twoHundredSignedSessionsMakeOnePdfWithASectionForEachWrittenAPageAtATime() throws IOException {
		long clientId = manySessions();
		Path file = this.folder.resolve("record.pdf");
		List<Path> partsBefore = partFolders();

		long started = System.nanoTime();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			this.recordPdf.write(clientId, out, RecordProgress.NONE);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;

		System.out.printf("Whole record of %d signed sessions: %,d bytes, written in %,d ms%n", SESSIONS, Files.size(file),
				millis);
		Instant lastSession = firstSession.plus(7L * (SESSIONS - 1), ChronoUnit.DAYS);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(count(text, " \u00b7 Walk-in \u00b7 with ")).isEqualTo(SESSIONS);
			assertThat(pdf.getNumberOfPages()).isGreaterThan(SESSIONS);
			String first = pageWith(pdf, "Session 1 of 200:");
			assertThat(first).contains(this.clinicTime.dateTime(firstSession))
				.contains("Upper back softened under slow myofascial work");
			assertThat(text).containsSubsequence("Session 1 of 200:", "Continue fortnightly, same pace.",
					"Signed by Test therapist on", "Session 2 of 200:");
			String last = pageWith(pdf, "Session 200 of 200:");
			assertThat(last).contains(this.clinicTime.dateTime(lastSession)).contains("session 200.");
			assertThat(text).contains("200 session records, " + this.clinicTime.date(firstSession) + " to "
					+ this.clinicTime.date(lastSession));
		}
		assertThat(partFolders()).as("temporary folders of parts left behind").isSubsetOf(partsBefore);
	}

	@Test
	void theReaderHandsOverTwentySessionsAtATimeAndKeepsNoneOfThePageBefore() {
		long clientId = manySessions();
		List<Integer> sizes = new ArrayList<>();
		List<WeakReference<SessionRecordInFull>> before = new ArrayList<>();
		List<Integer> stillHeld = new ArrayList<>();

		this.reader.read(clientId, new RecordVisitor() {
			@Override
			public void sessions(RecordPage<SessionRecordInFull> page) {
				if (!before.isEmpty()) {
					stillHeld.add(stillReachable(before));
				}
				before.clear();
				page.items().forEach(session -> before.add(new WeakReference<>(session)));
				sizes.add(page.items().size());
			}
		});

		assertThat(sizes).hasSize(10).allMatch(size -> size == 20);
		assertThat(stillHeld).as("sessions of the page before still reachable, at each page").hasSize(9).containsOnly(0);
	}

	@Test
	void aRecordOfTwoHundredSessionsIsWrittenInFortyMegabytesOfHeapBeyondWhatTheApplicationHolds() throws Exception {
		long clientId = manySessions();
		Path file = this.folder.resolve("small-heap.pdf");
		var database = TestDatabase.coordinates();
		Path log = this.folder.resolve("child.log");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// a serial collector with a small young generation, so the ballast and the application share the
				// old one and a full collection says what is held
				"-Xmx320m", "-Xmn24m", "-XX:+UseSerialGC", "-D" + RecordPdfInASmallHeap.BUDGET_PROPERTY + "=" + HEAP_BUDGET_MB,
				"-Duser.timezone=Europe/London", "-cp", System.getProperty("java.class.path"),
				RecordPdfInASmallHeap.class.getName(), String.valueOf(clientId), file.toString(),
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--spring.datasource.hikari.maximum-pool-size=2",
				"--spring.flyway.user=" + TestDatabase.owner().username(),
				"--spring.flyway.password=" + TestDatabase.owner().password())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();

		assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child JVM finished").isTrue();
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(child.exitValue()).as("exit status of the child JVM, whose output was:%n%s", output).isZero();
		Matcher result = Pattern
			.compile(RecordPdfInASmallHeap.RESULT
					+ " millis=(\\d+) application=(\\d+) budget=(\\d+) peak=(\\d+) fullCollections=(\\d+)")
			.matcher(output);
		assertThat(result.find()).as(output).isTrue();
		long budget = Long.parseLong(result.group(3));
		long peak = Long.parseLong(result.group(4));
		System.out.printf("Whole record of %d sessions written in %,d ms with %,d KB of heap beyond the application's "
				+ "own %,d KB; it held at most %,d KB after the %s full collections%n", SESSIONS,
				Long.parseLong(result.group(1)), budget / 1024, Long.parseLong(result.group(2)) / 1024, peak / 1024,
				result.group(5));
		assertThat(budget).as("heap left beyond the application").isLessThan((HEAP_BUDGET_MB + 4) * 1024L * 1024);
		assertThat(peak).isLessThan(budget);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertThat(count(new PDFTextStripper().getText(pdf), " \u00b7 Walk-in \u00b7 with ")).isEqualTo(SESSIONS);
		}
	}

	/** The client with 200 signed sessions, made once for the tests that read it. */
	private long manySessions() {
		synchronized (RecordPdfTests.class) {
			if (manySessions == null) {
				long clientId = this.fixtures.client("Many Sessions");
				long therapistId = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
				firstSession = this.records.signedSessions(clientId, therapistId, SESSIONS);
				manySessions = clientId;
			}
			return manySessions;
		}
	}

	/** Collects until the references are cleared or five collections have not cleared them; answers how many are left. */
	private static int stillReachable(List<WeakReference<SessionRecordInFull>> references) {
		for (int attempt = 0; attempt < 5; attempt++) {
			System.gc();
			if (references.stream().allMatch(reference -> reference.get() == null)) {
				return 0;
			}
		}
		return (int) references.stream().filter(reference -> reference.get() != null).count();
	}

	private static List<Path> partFolders() throws IOException {
		try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(path -> path.getFileName().toString().startsWith("holdspace-record-")).toList();
		}
	}

	private static String pageWith(PDDocument pdf, String text) throws IOException {
		var stripper = new PDFTextStripper();
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			String content = stripper.getText(pdf);
			if (content.contains(text)) {
				return content;
			}
		}
		throw new AssertionError("No page says " + text);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
