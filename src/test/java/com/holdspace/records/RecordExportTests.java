package com.holdspace.records;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.Race;
import com.holdspace.TestClock;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;

/**
 * A copy of the whole record from the press that asks for it to the client's download: one export
 * per press, written by the job a part at a time with its progress seen, kept sealed in parts,
 * streamed back byte for byte, released by a named person in the client's care, and every step in
 * the audit log. The desk, a therapist outside the client's care and another client find nothing.
 */
@IntegrationTest
class RecordExportTests {

	private static final String CLIENT_PASSWORD = "a long walk by the sea";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	RecordExportJob job;

	@Autowired
	RecordExports exports;

	@Autowired
	RunOutRecordFiles runOut;

	@Autowired
	@Qualifier(RecordExportJob.PDF)
	RecordDocument pdf;

	@Autowired
	TestClock clock;

	private long clientId;

	private UserDetails therapist;

	private UserDetails colleague;

	private UserDetails desk;

	private UserDetails admin;

	private UserDetails client;

	private String clientEmail;

	@BeforeEach
	void aClientInATherapistsCare() {
		var setting = this.sessions.readyClientBooked();
		this.clientId = setting.clientId();
		this.therapist = this.users.loadUserByUsername(setting.therapistLogin());
		this.colleague = this.sessions.staff(Role.THERAPIST);
		this.desk = this.sessions.staff(Role.FRONT_DESK);
		this.admin = this.sessions.staff(Role.ADMIN);
		String login = Fixtures.uniqueEmail("record");
		this.portalAccounts.open(login, "Session Client", CLIENT_PASSWORD, this.clientId);
		this.client = this.users.loadUserByUsername(login);
		this.clientEmail = this.jdbc.queryForObject("select email from client where id = ?", String.class,
				this.clientId);
	}

	@Test
	void aDoubleTapProducesOneExportWhichTheJobWrites() throws Exception {
		UUID token = UUID.randomUUID();
		long first = produce(this.therapist, token);
		long second = produce(this.therapist, token);

		assertThat(second).isEqualTo(first);
		assertThat(count("select count(*) from record_export where client_id = ?", this.clientId)).isOne();
		assertThat(row(first)).containsEntry("status", "QUEUED")
			.containsEntry("asked_by_kind", "CLINIC")
			.containsEntry("asked_by_name", "Test therapist")
			.containsEntry("due_by", null);

		// the same token sent twice at the same moment still makes one
		UUID raced = UUID.randomUUID();
		var person = (HoldspaceUser) this.therapist;
		Race.run(List.of(() -> this.exports.produce(this.clientId, raced, person),
				() -> this.exports.produce(this.clientId, raced, person)));
		assertThat(count("select count(*) from record_export where creation_token = ?", raced)).isOne();

		assertThat(this.job.writeQueued()).isGreaterThanOrEqualTo(2);
		Map<String, Object> written = row(first);
		assertThat(written).containsEntry("status", "READY");
		assertThat((Long) written.get("bytes")).isPositive();
		assertThat(written.get("parts_done")).isEqualTo(written.get("parts_total"));
		assertThat((Integer) written.get("file_parts")).isPositive();
		assertThat((String) written.get("sha256")).hasSize(64);
		assertThat(written.get("expires_at")).isNotNull();
	}

	@Test
	void theDownloadIsStreamedPartByPartAndEqualsWhatWasWrittenWhileThePartsAreSealedAtRest() throws Exception {
		// a record past two MiB: three sealed parts
		var document = new TestRecordDocument().padded(this.clientId, 2 * 1024 * 1024 + 300_000);
		long exportId = produce(this.admin, UUID.randomUUID());
		this.job.writeQueued(document);

		byte[] original = document.lastWrittenFor(this.clientId);
		assertThat(row(exportId)).containsEntry("status", "READY")
			.containsEntry("file_parts", 3)
			.containsEntry("bytes", (long) original.length)
			.containsEntry("sha256", sha256(original));
		List<byte[]> stored = this.jdbc.queryForList(
				"select bytes from record_export_part where export_id = ? order by seq", byte[].class, exportId);
		assertThat(stored).hasSize(3).allSatisfy(part -> {
			assertThat(new String(part, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("hs1:");
			assertThat(indexOf(part, "%PDF".getBytes())).isNegative();
			assertThat(indexOf(part, "Whole record of client".getBytes())).isNegative();
		});

		MvcResult download = this.mvc
			.perform(get(exportUrl(exportId) + "/pdf").with(user(this.therapist)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"whole-record-" + exportId + ".pdf\""))
			.andReturn();
		byte[] received = download.getResponse().getContentAsByteArray();
		assertThat(received).isEqualTo(original);
		try (var pdf = Loader.loadPDF(received)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(TestRecordDocument.PARTS);
		}
		// two parts swapped do not open: each is bound to its place
		this.jdbc.update("delete from record_export_part where export_id = ? and seq in (1, 2)", exportId);
		this.jdbc.update("insert into record_export_part (export_id, seq, bytes) values (?, 1, ?), (?, 2, ?)", exportId,
				stored.get(2), exportId, stored.get(1));
		assertThatThrownBy(() -> this.mvc.perform(get(exportUrl(exportId) + "/pdf").with(user(this.therapist))))
			.hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
	}

	@Test
	void progressIsSeenPartByPartWhileTheRecordIsWritten() throws Exception {
		var document = new WatchedRecordDocument(this.pdf, 2);
		long exportId = produce(this.therapist, UUID.randomUUID());
		assertThat(this.mvc.perform(get(exportUrl(exportId) + "/progress").with(user(this.therapist)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Waiting to start").contains("data-under-way=\"true\"");

		CompletableFuture<Integer> writing = CompletableFuture.supplyAsync(() -> this.job.writeQueued(document));
		assertThat(document.held()).isTrue();
		Map<String, Object> halfWay = row(exportId);
		assertThat(halfWay).containsEntry("status", "WRITING").containsEntry("parts_done", 2);
		int total = (Integer) halfWay.get("parts_total");
		assertThat(total).isGreaterThan(2);
		assertThat(this.mvc.perform(get(exportUrl(exportId) + "/progress").with(user(this.therapist)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Being written").contains("2 of " + total + " parts written");

		document.letGo();
		writing.get(60, TimeUnit.SECONDS);
		assertThat(row(exportId)).containsEntry("status", "READY").containsEntry("parts_done", total);
		assertThat(this.mvc.perform(get(exportUrl(exportId) + "/progress").with(user(this.therapist)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-under-way=\"false\"");
		// what the record's own writer wrote is what comes back
		assertThat(this.mvc.perform(get(exportUrl(exportId) + "/pdf").with(user(this.therapist)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(document.written());
	}

	@Test
	void aFailureIsKeptWithItsReasonAndTryAgainWritesIt() throws Exception {
		var document = new TestRecordDocument().failing(this.clientId,
				new IllegalStateException("The session records could not be read"));
		long exportId = produce(this.therapist, UUID.randomUUID());
		this.job.writeQueued(document);

		assertThat(row(exportId)).containsEntry("status", "FAILED")
			.containsEntry("failure", "The session records could not be read");
		assertThat(count("select count(*) from record_export_part where export_id = ?", exportId)).isZero();
		this.mvc.perform(get(exportUrl(exportId) + "/pdf").with(user(this.therapist))).andExpect(status().isNotFound());
		// a release of what is not written is refused, and nothing changes
		this.mvc.perform(post(exportUrl(exportId) + "/release").with(csrf()).with(user(this.therapist)))
			.andExpect(status().isFound());
		assertThat(row(exportId)).containsEntry("status", "FAILED").containsEntry("released_at", null);

		this.mvc.perform(post(exportUrl(exportId) + "/retry").with(csrf()).with(user(this.therapist)))
			.andExpect(status().isFound());
		assertThat(row(exportId)).containsEntry("status", "QUEUED").containsEntry("failure", null);
		this.job.writeQueued();
		assertThat(row(exportId)).containsEntry("status", "READY");
		// trying again what is written changes nothing
		this.mvc.perform(post(exportUrl(exportId) + "/retry").with(csrf()).with(user(this.therapist)))
			.andExpect(status().isFound());
		assertThat(row(exportId)).containsEntry("status", "READY");
	}

	@Test
	void anExportLeftWritingByAnInstanceThatWentAwayIsFailedForSomeoneToTryAgain() throws Exception {
		long exportId = produce(this.therapist, UUID.randomUUID());
		this.jdbc.update("update record_export set status = 'WRITING', started_at = ?, updated_at = ? where id = ?",
				java.sql.Timestamp.from(this.clock.instant()), java.sql.Timestamp.from(this.clock.instant()), exportId);
		this.clock.moveBy(Duration.ofMinutes(20));
		// what the stopped writer left on the disk: the record in the clear, as a whole and in parts
		java.nio.file.Path whole = java.nio.file.Files.createTempFile(TemporaryRecordFiles.prefix(this.clientId), ".pdf");
		java.nio.file.Path parts = java.nio.file.Files.createTempDirectory(TemporaryRecordFiles.prefix(this.clientId));
		java.nio.file.Files.writeString(parts.resolve("part-1.pdf"), "%PDF-1.7 left behind");
		java.nio.file.Path anotherClients = java.nio.file.Files.createTempFile(
				TemporaryRecordFiles.prefix(this.clientId + 1_000_000), ".pdf");

		this.job.writeQueued();

		assertThat(row(exportId)).containsEntry("status", "FAILED")
			.containsEntry("failure", "Writing stopped before it was finished");
		assertThat(whole).doesNotExist();
		assertThat(parts).doesNotExist();
		assertThat(anotherClients).exists();
		java.nio.file.Files.delete(anotherClients);
	}

	@Test
	void theTreatingTherapistReleasesItWithANoteWhoAndWhenAreKeptAndTheClientIsEmailed() throws Exception {
		long exportId = produce(this.therapist, UUID.randomUUID());
		this.job.writeQueued();
		Instant releasedAt = this.clock.instant();

		this.mvc.perform(post(exportUrl(exportId) + "/release").param("note", "Read through with the client in mind")
			.with(csrf())
			.with(user(this.therapist))).andExpect(status().isFound());

		Map<String, Object> released = row(exportId);
		assertThat(released).containsEntry("status", "RELEASED")
			.containsEntry("released_by_name", "Test therapist")
			.containsEntry("release_note", "Read through with the client in mind")
			.containsEntry("released_by_account_id", this.fixtures.staffId(this.therapist.getUsername()));
		assertThat(((java.sql.Timestamp) released.get("released_at")).toInstant())
			.isBetween(releasedAt.minusSeconds(1), releasedAt.plusSeconds(30));
		Map<String, Object> email = this.jdbc.queryForMap(
				"select recipient, subject, body from outgoing_message where kind = 'RECORD_RELEASED' and recipient = ?",
				this.clientEmail);
		assertThat(email.get("subject")).isEqualTo("Your record is ready");
		assertThat((String) email.get("body")).contains("/me/record")
			.doesNotContain("Read through")
			.doesNotContain("Whole record of client");
		String page = this.mvc.perform(get(exportUrl(exportId)).with(user(this.therapist)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("by Test therapist on").contains("Read through with the client in mind");

		// a second release changes nothing, and the database keeps who released it as written
		this.mvc.perform(post(exportUrl(exportId) + "/release").param("note", "again")
			.with(csrf())
			.with(user(this.admin))).andExpect(status().isFound());
		assertThat(row(exportId)).containsEntry("released_by_name", "Test therapist");
		assertThatThrownBy(() -> this.jdbc.update("update record_export set released_by_name = 'Someone else' where id = ?",
				exportId))
			.hasMessageContaining("kept as written");
		assertThatThrownBy(() -> this.jdbc.update("delete from record_export where id = ?", exportId))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
	}

	@Test
	void theDeskAndATherapistOutsideTheClientsCareFindNothingAdminMay() throws Exception {
		long exportId = produce(this.therapist, UUID.randomUUID());
		this.job.writeQueued();
		long before = count("select count(*) from record_export where client_id = ?", this.clientId);

		for (var request : List.of(post("/clients/" + this.clientId + "/record-exports").param("token", UUID.randomUUID().toString()),
				get(exportUrl(exportId)), get(exportUrl(exportId) + "/progress"), get(exportUrl(exportId) + "/pdf"),
				post(exportUrl(exportId) + "/release"), post(exportUrl(exportId) + "/retry"))) {
			this.mvc.perform(request.with(csrf()).with(user(this.colleague))).andExpect(status().isNotFound());
			this.mvc.perform(request.with(csrf()).with(user(this.desk))).andExpect(status().isForbidden());
			this.mvc.perform(request.with(csrf()).with(user(this.client))).andExpect(status().isForbidden());
		}
		assertThat(count("select count(*) from record_export where client_id = ?", this.clientId)).isEqualTo(before);
		assertThat(row(exportId)).containsEntry("status", "READY");
		this.mvc.perform(get(exportUrl(exportId)).with(user(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get(exportUrl(exportId) + "/pdf").with(user(this.admin))).andExpect(status().isOk());
		// the client page: its card for admin and the therapist in care, not for the desk or a colleague
		assertThat(clientPage(this.therapist)).contains("id=\"record-card\"");
		assertThat(clientPage(this.admin)).contains("id=\"record-card\"");
		assertThat(clientPage(this.desk)).doesNotContain("id=\"record-card\"");
		assertThat(clientPage(this.colleague)).doesNotContain("id=\"record-card\"");
	}

	@Test
	void anExportIsFoundOnlyUnderItsOwnClient() throws Exception {
		long exportId = produce(this.therapist, UUID.randomUUID());
		long otherClient = this.fixtures.client("Another Client");
		this.mvc.perform(get("/clients/" + otherClient + "/record-exports/" + exportId).with(user(this.admin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/" + otherClient + "/record-exports/" + exportId + "/pdf").with(user(this.admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theClientAsksOnceWhileTheirRequestIsOpenDueAMonthLaterOnTheClinicsCalendar() throws Exception {
		// the last day of January: due on the last day of February
		int year = TestClock.today().getYear() + 1;
		// the 29th in a leap year, whatever year the run's clock lands in
		LocalDate lastOfFebruary = java.time.YearMonth.of(year, 2).atEndOfMonth();
		this.clock.moveTo(LocalDate.of(year, 1, 31).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());

		this.mvc.perform(post("/me/record").param("token", UUID.randomUUID().toString()).with(csrf()).with(user(this.client)))
			.andExpect(status().isFound());
		this.mvc.perform(post("/me/record").param("token", UUID.randomUUID().toString()).with(csrf()).with(user(this.client)))
			.andExpect(status().isFound());

		assertThat(count("select count(*) from record_export where client_id = ?", this.clientId)).isOne();
		long exportId = this.jdbc.queryForObject("select id from record_export where client_id = ?", Long.class,
				this.clientId);
		assertThat(row(exportId)).containsEntry("asked_by_kind", "CLIENT")
			.containsEntry("asked_by_name", "Session Client")
			.containsEntry("due_by", java.sql.Date.valueOf(lastOfFebruary))
			.containsEntry("status", "QUEUED");
		String mine = this.mvc.perform(get("/me/record").with(user(this.client)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains("You asked on 31 Jan " + year).contains("by " + lastOfFebruary.getDayOfMonth() + " February " + year)
			.doesNotContain("id=\"ask-record\"");
		// two tabs asking at the same moment still make one request
		var me = (HoldspaceUser) this.client;
		Race.run(List.of(() -> this.exports.ask(this.clientId, UUID.randomUUID(), me),
				() -> this.exports.ask(this.clientId, UUID.randomUUID(), me)));
		assertThat(count("select count(*) from record_export where client_id = ?", this.clientId)).isOne();

		// overdue the day after it was due, on the clinic's list and the client page
		this.clock.moveTo(LocalDate.of(year, 3, 1).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
		assertThat(this.mvc.perform(get("/record-requests").with(user(this.therapist)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-export-id=\"" + exportId + "\"").contains("1 overdue");
		assertThat(clientPage(this.therapist)).contains("Overdue");

		// once released, the client may ask again
		this.job.writeQueued();
		this.mvc.perform(post(exportUrl(exportId) + "/release").with(csrf()).with(user(this.therapist)))
			.andExpect(status().isFound());
		ask();
		assertThat(count("select count(*) from record_export where client_id = ? and asked_by_kind = 'CLIENT'",
				this.clientId)).isEqualTo(2);
	}

	@Test
	void theClientDownloadsOnlyTheirOwnReleasedCopy() throws Exception {
		ask();
		long exportId = this.jdbc.queryForObject("select id from record_export where client_id = ?", Long.class,
				this.clientId);
		var document = new WatchedRecordDocument(this.pdf, 0);
		this.job.writeQueued(document);
		// written, not yet released: not theirs to download yet
		this.mvc.perform(get("/me/record/" + exportId + ".pdf").with(user(this.client))).andExpect(status().isNotFound());
		this.mvc.perform(post(exportUrl(exportId) + "/release").with(csrf()).with(user(this.therapist)))
			.andExpect(status().isFound());

		byte[] received = this.mvc.perform(get("/me/record/" + exportId + ".pdf").with(user(this.client)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(received).isEqualTo(document.written());

		// another client, with a copy of their own, finds nothing under this id
		var other = this.sessions.readyClientBooked();
		String otherLogin = Fixtures.uniqueEmail("record-other");
		this.portalAccounts.open(otherLogin, "Other Client", CLIENT_PASSWORD, other.clientId());
		UserDetails otherClient = this.users.loadUserByUsername(otherLogin);
		this.mvc.perform(get("/me/record/" + exportId + ".pdf").with(user(otherClient))).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get("/me/record").with(user(otherClient)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/me/record/" + exportId + ".pdf");
	}

	@Test
	void everyRequestReleaseAndDownloadIsInTheAuditLogAndSoIsTheWriting() throws Exception {
		ask();
		long exportId = this.jdbc.queryForObject("select id from record_export where client_id = ?", Long.class,
				this.clientId);
		this.job.writeQueued();
		this.mvc.perform(get(exportUrl(exportId) + "/pdf").with(user(this.therapist))).andExpect(status().isOk());
		this.mvc.perform(post(exportUrl(exportId) + "/release").with(csrf()).with(user(this.therapist)))
			.andExpect(status().isFound());
		this.mvc.perform(get("/me/record/" + exportId + ".pdf").with(user(this.client))).andExpect(status().isOk());
		long clinicCopy = produce(this.admin, UUID.randomUUID());

		List<String> events = this.jdbc.queryForList("""
				select action || ' ' || actor || ' ' || subject from audit_event where client_id = ? order by id""",
				String.class, this.clientId);
		assertThat(events).contains("EDIT " + this.client.getUsername() + " POST /me/record",
				"EXPORT " + RecordExportJob.ACTOR + " Whole record written: export " + exportId + ", "
						+ row(exportId).get("bytes") + " bytes in " + row(exportId).get("file_parts") + " parts",
				"EXPORT " + this.therapist.getUsername() + " GET " + exportUrl(exportId) + "/pdf",
				"EXPORT " + this.therapist.getUsername() + " POST " + exportUrl(exportId) + "/release",
				"EXPORT " + this.client.getUsername() + " GET /me/record/" + exportId + ".pdf",
				"EDIT " + this.admin.getUsername() + " POST /clients/" + this.clientId + "/record-exports");
		assertThat(row(clinicCopy)).containsEntry("asked_by_name", "Test admin");
	}

	@Test
	void aFileThatRanOutIsRemovedAndItsRowStays() throws Exception {
		long exportId = produce(this.therapist, UUID.randomUUID());
		this.job.writeQueued();
		this.clock.moveBy(Duration.ofDays(31));

		assertThat(this.runOut.removeRunOut()).isGreaterThanOrEqualTo(1);

		assertThat(count("select count(*) from record_export_part where export_id = ?", exportId)).isZero();
		assertThat(row(exportId)).containsEntry("status", "READY");
		assertThat(row(exportId).get("removed_at")).isNotNull();
		this.mvc.perform(get(exportUrl(exportId) + "/pdf").with(user(this.therapist))).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get(exportUrl(exportId)).with(user(this.therapist)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("ran out and was removed").doesNotContain("id=\"release-button\"");
	}

	@Test
	void theRequestListShowsAdminEveryRequestAndATherapistTheirOwnClients() throws Exception {
		ask();
		long mine = this.jdbc.queryForObject("select id from record_export where client_id = ?", Long.class,
				this.clientId);
		var elsewhere = this.sessions.readyClientBooked();
		String otherLogin = Fixtures.uniqueEmail("record-elsewhere");
		this.portalAccounts.open(otherLogin, "Elsewhere Client", CLIENT_PASSWORD, elsewhere.clientId());
		this.mvc.perform(post("/me/record").param("token", UUID.randomUUID().toString())
			.with(csrf())
			.with(user(this.users.loadUserByUsername(otherLogin)))).andExpect(status().isFound());
		long theirs = this.jdbc.queryForObject("select id from record_export where client_id = ?", Long.class,
				elsewhere.clientId());

		assertThat(requestList(this.admin)).contains("data-export-id=\"" + mine + "\"")
			.contains("data-export-id=\"" + theirs + "\"");
		assertThat(requestList(this.therapist)).contains("data-export-id=\"" + mine + "\"")
			.doesNotContain("data-export-id=\"" + theirs + "\"");
		this.mvc.perform(get("/record-requests").with(user(this.desk))).andExpect(status().isForbidden());
		// the therapist's day names it, today and the days just ahead, not on days gone nor to the desk
		long therapistId = this.fixtures.staffId(this.therapist.getUsername());
		assertThat(day(therapistId, TestClock.today(), this.therapist))
			.contains("Whole record asked for by one client in your care");
		assertThat(day(therapistId, TestClock.today().plusDays(1), this.therapist))
			.contains("Whole record asked for by one client in your care");
		assertThat(day(therapistId, TestClock.today().minusDays(1), this.therapist))
			.doesNotContain("Whole record asked for");
		assertThat(day(therapistId, TestClock.today(), this.desk)).doesNotContain("Whole record asked for");
	}

	private String day(long therapistId, LocalDate date, UserDetails viewer) throws Exception {
		return this.mvc
			.perform(get("/calendar/therapists/" + therapistId).param("view", "day")
				.param("date", date.toString())
				.with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long produce(UserDetails who, UUID token) throws Exception {
		String location = this.mvc
			.perform(post("/clients/" + this.clientId + "/record-exports").param("token", token.toString())
				.with(csrf())
				.with(user(who)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private int ask() throws Exception {
		return this.mvc
			.perform(post("/me/record").param("token", UUID.randomUUID().toString()).with(csrf()).with(user(this.client)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private String exportUrl(long exportId) {
		return "/clients/" + this.clientId + "/record-exports/" + exportId;
	}

	private String clientPage(UserDetails viewer) throws Exception {
		return this.mvc.perform(get("/clients/" + this.clientId).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String requestList(UserDetails viewer) throws Exception {
		return this.mvc.perform(get("/record-requests").with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Map<String, Object> row(long exportId) {
		return this.jdbc.queryForMap("select * from record_export where id = ?", exportId);
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
