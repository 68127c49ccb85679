package com.holdspace.booking;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * A chain's sites: a booking takes a room at its therapist's site, and the desk's pickers list one
 * site at a time.
 */
@IntegrationTest
class SiteBookingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	Availability availability;

	@Autowired
	ClinicResources resources;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	private UserDetails desk;

	private long north;

	private long south;

	private long northRoom;

	private long southRoom;

	private long therapist;

	@BeforeEach
	void twoSites() {
		this.desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		this.north = site("North");
		this.south = site("South");
		this.northRoom = room("North room", this.north);
		this.southRoom = room("South room", this.south);
		this.therapist = therapistAt(this.north);
	}

	@Test
	void freeStartsTakeOnlyRoomsOfTheTherapistsSiteEvenWhenAnotherSiteHasRoomsFree() {
		LocalDate day = day();
		Instant ten = this.booking.at(day, 10, 0);
		// a colleague at the same site has the only north room from 10:00 to 11:10
		occupy(therapistAt(this.north), this.northRoom, ten);

		List<Slot> free = this.availability.freeSlots(this.therapist, standard(), day, day, null);

		assertThat(free).isNotEmpty().allMatch(slot -> slot.roomId() == this.northRoom);
		assertThat(free).extracting(Slot::startsAt)
			.as("no start while the site's room is taken, though the south room is free")
			.noneMatch(start -> start.isAfter(ten.minusSeconds(71 * 60)) && start.isBefore(ten.plusSeconds(70 * 60)));
	}

	@Test
	void aRoomAtAnotherSiteIsRefusedNextToTheRoomFieldAndNothingIsBooked() throws Exception {
		long client = this.fixtures.client("Sited Client");
		int before = bookingsOf(client);

		this.mvc.perform(post("/bookings").with(user(this.desk)).with(csrf())
				.param("creationToken", UUID.randomUUID().toString())
				.param("clientId", String.valueOf(client))
				.param("sessionTypeId", String.valueOf(this.booking.standard()))
				.param("therapistId", String.valueOf(this.therapist))
				.param("roomId", String.valueOf(this.southRoom))
				.param("date", day().toString())
				.param("time", "10:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"roomId-error\">That room is at another site")));

		assertThat(bookingsOf(client)).isEqualTo(before);
	}

	@Test
	void theDatabaseItselfRefusesARoomAtAnotherSite() {
		assertThatThrownBy(() -> occupy(this.therapist, this.southRoom, this.booking.at(day(), 10, 0)))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("booking_room_at_therapist_site");
	}

	@Test
	void neitherATherapistNorARoomMovesSiteWhileTheyHaveSessionsBookedAheadTogether() throws Exception {
		UserDetails admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
		occupy(this.therapist, this.northRoom, this.booking.at(day(), 10, 0));

		this.mvc.perform(post("/admin/staff/" + this.therapist + "/site").with(user(admin)).with(csrf())
				.param("siteId", String.valueOf(this.south)))
			.andExpect(redirectedUrl("/admin/staff/" + this.therapist))
			.andExpect(flash().attribute("problem", "staff.error.siteBookingsAhead"));
		String name = this.jdbc.queryForObject("select name from room where id = ?", String.class, this.northRoom);
		this.mvc.perform(post("/admin/rooms/" + this.northRoom).with(user(admin)).with(csrf())
				.param("version", "0")
				.param("name", name)
				.param("siteId", String.valueOf(this.south)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"siteId-error\">This room has sessions booked ahead")));

		assertThat(siteOf("account", this.therapist)).isEqualTo(this.north);
		assertThat(siteOf("room", this.northRoom)).isEqualTo(this.north);

		this.jdbc.update("update booking set status = 'CANCELLED', cancel_reason = 'moving' where room_id = ?",
				this.northRoom);
		this.mvc.perform(post("/admin/staff/" + this.therapist + "/site").with(user(admin)).with(csrf())
				.param("siteId", String.valueOf(this.south)))
			.andExpect(flash().attribute("notice", "staff.notice.siteChanged"));
		assertThat(siteOf("account", this.therapist)).as("free to move once nothing ahead ties them").isEqualTo(this.south);
	}

	@Test
	void aFreeTimePickedOnARoomsCalendarOpensTheFormAtThatRoomsSite() throws Exception {
		long client = this.fixtures.client("Sited Client");

		this.mvc.perform(get("/bookings/new").param("clientId", String.valueOf(client))
				.param("roomId", String.valueOf(this.southRoom)).with(user(this.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">South room ")))
			.andExpect(content().string(not(containsString(">North room "))));
	}

	@Test
	void theDesksCalendarShowsOneSiteAndSwitchesToAnother() throws Exception {
		long southTherapist = therapistAt(this.south);

		this.mvc.perform(get("/calendar/therapists/" + this.therapist).with(user(this.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">North room ")))
			.andExpect(content().string(not(containsString(">South room "))))
			.andExpect(content().string(containsString("<select id=\"site\" name=\"site\">")));
		this.mvc.perform(get("/calendar").param("site", String.valueOf(this.south)).with(user(this.desk)))
			.andExpect(redirectedUrl("/calendar/day?site=" + this.south));
		// the desk's day has a column for each therapist of that site, and none for the other's
		this.mvc.perform(get("/calendar/day").param("site", String.valueOf(this.south)).with(user(this.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/calendar/therapists/" + southTherapist + "?")))
			.andExpect(content().string(not(containsString("href=\"/calendar/therapists/" + this.therapist + "?"))));
		this.mvc.perform(get("/calendar/rooms/" + this.southRoom).with(user(this.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">South room ")))
			.andExpect(content().string(not(containsString(">North room "))));
	}

	@Test
	void theBookingFormOffersTheChosenSitesTherapistsAndRooms() throws Exception {
		long client = this.fixtures.client("Sited Client");
		long southTherapist = therapistAt(this.south);

		this.mvc.perform(get("/bookings/new").param("clientId", String.valueOf(client))
				.param("site", String.valueOf(this.south)).with(user(this.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">South room ")))
			.andExpect(content().string(not(containsString(">North room "))))
			.andExpect(content().string(containsString(">" + nameOf(southTherapist) + "<")))
			.andExpect(content().string(not(containsString(">" + nameOf(this.therapist) + "<"))));
	}

	private long site(String name) {
		return this.jdbc.queryForObject("insert into site (name) values (?) returning id", Long.class,
				name + " " + UUID.randomUUID());
	}

	private long room(String name, long site) {
		return this.jdbc.queryForObject("insert into room (name, site_id) values (?, ?) returning id", Long.class,
				name + " " + UUID.randomUUID().toString().substring(0, 8), site);
	}

	private long therapistAt(long site) {
		long id = this.booking.therapist();
		this.jdbc.update("update account set site_id = ?, display_name = ? where id = ?", site,
				"Sited therapist " + UUID.randomUUID().toString().substring(0, 8), id);
		return id;
	}

	/** A booking written straight to the table, so only the database's own rules apply. */
	private void occupy(long therapistId, long roomId, Instant startsAt) {
		this.jdbc.update("""
				insert into booking (client_id, therapist_id, room_id, session_type_id, starts_at, ends_at, free_at,
				    calendar_uid, creation_token, reminder_due_at)
				values (?, ?, ?, ?, cast(? as timestamptz), cast(? as timestamptz) + interval '60 minutes',
				        cast(? as timestamptz) + interval '70 minutes', gen_random_uuid(), gen_random_uuid(),
				        cast(? as timestamptz) - interval '1 day')""", this.fixtures.client("Occupying Client"),
				therapistId, roomId, this.booking.standard(), ts(startsAt), ts(startsAt), ts(startsAt), ts(startsAt));
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	private SessionType standard() {
		return this.resources.sessionType(this.booking.standard());
	}

	private LocalDate day() {
		return this.booking.at(2, DayOfWeek.TUESDAY, 9, 0).atZone(ZoneId.of("Europe/London")).toLocalDate();
	}

	private long siteOf(String table, long id) {
		return this.jdbc.queryForObject("select site_id from " + table + " where id = ?", Long.class, id);
	}

	private String nameOf(long account) {
		return this.jdbc.queryForObject("select display_name from account where id = ?", String.class, account);
	}

	private int bookingsOf(long client) {
		return this.jdbc.queryForObject("select count(*) from booking where client_id = ?", Integer.class, client);
	}

}
